import { useState } from "react";
import type { CommuneRecord } from "../../app/data/ports";
import { newSeanceBlocked, newSeanceDraft } from "./new-seance";
import { DEFAULT_LIEU, scheduleProblem } from "./seance-schedule";
import type { Schedule } from "./seance-schedule";
import { useWrite } from "./use-write";

/** The new séance form: its fields, and its creation, which closes the form only once saved or queued. */
export function useNewSeance(communes: readonly CommuneRecord[], today: string, onClose: (createdId?: string) => void) {
  const { busy, write } = useWrite();
  const [commune, setCommune] = useState(communes[0]?.id ?? "");
  const [titre, setTitre] = useState("Conseil municipal");
  const [schedule, setSchedule] = useState<Schedule>({ date: "", time: "20:00", lieu: DEFAULT_LIEU });
  const form = { commune, titre, schedule };
  const create = async () => {
    const draft = newSeanceDraft(form);
    const result = await write("seances", { kind: "create", draft, clientId: crypto.randomUUID() });
    // A conflict or a refusal keeps the form open, next to the message that explains it.
    if (result.status === "saved") onClose(result.record?.id);
    else if (result.status === "queued") onClose();
  };
  return {
    ...form,
    setCommune,
    setTitre,
    setSchedule,
    problem: scheduleProblem(schedule, today),
    canCreate: !busy && !newSeanceBlocked(form, today),
    create,
  };
}
