import { useState } from "react";
import { useLoad } from "@shared/ui/hooks/use-load";
import { useServices } from "../../app/services";
import { useWrite } from "../seance/use-write";
import type { CockpitItem } from "./cockpit";
import { completionFormProblem, completionWrite } from "./cockpit-completion";
import type { Completion, CompletionWrite } from "./cockpit-completion";

/** The date that closes a cockpit item, checked as it is typed, and the write of its record. */
export function useCompletionForm(item: CockpitItem, completion: Completion, today: string) {
  const { data } = useServices();
  const { busy, write } = useWrite();
  const [date, setDate] = useState(today);
  // A convocation needs its séance's agenda: one filtered request, made when the secretary opens the form.
  const agenda = useLoad(
    () =>
      completion.convocationFor !== undefined && item.seanceId
        ? data.points.items({ seance: item.seanceId }).then((r) => r.records.length)
        : Promise.resolve(undefined),
    [item.seanceId],
  );
  const waiting = completion.convocationFor !== undefined && agenda.status !== "done";
  const problem = completionFormProblem(completion, date, today, agenda);
  const send = (w: CompletionWrite) => {
    switch (w.list) {
      case "seances":
        return write(w.list, w.op);
      case "actes":
        return write(w.list, w.op);
      case "echeances":
        return write(w.list, w.op);
      case "subventions":
        return write(w.list, w.op);
    }
  };
  const submit = () => {
    if (problem === undefined && !waiting) void send(completionWrite(completion, date));
  };
  return { date, setDate, problem, canSave: !busy && !waiting && problem === undefined, submit };
}
