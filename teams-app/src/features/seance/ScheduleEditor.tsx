import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { formatDateFr } from "@shared/domain/common";
import type { SeanceBundle } from "./council-seance";
import { scheduleFields, scheduleOf, scheduleProblem } from "./seance-schedule";
import type { Schedule } from "./seance-schedule";
import { ScheduleFields } from "./ScheduleFields";
import { useWrite } from "./use-write";

/** The secretary moves the séance or changes its place; a convocation already sent is then to be sent again. */
export function ScheduleEditor({ bundle, today }: { bundle: SeanceBundle; today: string }) {
  const { busy, write } = useWrite();
  const { seance, commune, details } = bundle;
  const saved = scheduleOf(seance);
  const [schedule, setSchedule] = useState<Schedule>(saved);
  const moved = schedule.date !== saved.date || schedule.time !== saved.time;
  const changed = moved || schedule.lieu.trim() !== saved.lieu;
  // A séance already held keeps its date correctable; only a new date is refused when it is past.
  const problem = moved ? scheduleProblem(schedule, today) : undefined;
  // Once the séance is held, its convocation is history: a corrected date does not call for another.
  const sent = seance.statut === "convoquee" || seance.statut === "preparation" ? details.convocation : undefined;
  const save = () =>
    write("seances", {
      kind: "update",
      id: seance.id,
      eTag: seance.eTag,
      // Back in preparation: the convocation sent announced another date or place (convocationToResend).
      patch: { ...scheduleFields(schedule), ...(sent ? { statut: "preparation" as const } : {}) },
    });
  return (
    <>
      <ScheduleFields
        value={schedule}
        onChange={setSchedule}
        commune={commune}
        urgence={details.urgence}
        problem={problem}
      />
      {sent && changed && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {`La convocation a déjà été envoyée le ${formatDateFr(sent.sentOn)} : après ce changement, elle devra être envoyée à nouveau (« Renvoyer la convocation »), et l'invitation Outlook des élus sera mise à jour à ce renvoi.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={busy || !changed || problem !== undefined} onClick={() => void save()}>
        Enregistrer la date et le lieu
      </Button>
    </>
  );
}
