import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CommuneRecord } from "../../app/data/ports";
import { DEFAULT_LIEU, scheduleFields, scheduleProblem } from "./seance-schedule";
import type { Schedule } from "./seance-schedule";
import { ScheduleFields } from "./ScheduleFields";
import { useWrite } from "./use-write";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

interface Props {
  /** The communes the secretary serves, in name order. */
  readonly communes: readonly CommuneRecord[];
  readonly today: string;
  /** With the new séance's id once saved; without, when cancelled or queued (the pending writes then show it). */
  readonly onClose: (createdId?: string) => void;
}

/** A new séance, in preparation, for one of the communes the secretary serves. */
export function NewSeanceForm({ communes, today, onClose }: Props) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const [commune, setCommune] = useState(communes[0]?.id ?? "");
  const [titre, setTitre] = useState("Conseil municipal");
  const [schedule, setSchedule] = useState<Schedule>({ date: "", time: "20:00", lieu: DEFAULT_LIEU });
  const problem = scheduleProblem(schedule, today);
  const create = async () => {
    const draft = { titre: titre.trim(), commune, statut: "preparation" as const, ...scheduleFields(schedule) };
    const result = await write("seances", { kind: "create", draft, clientId: crypto.randomUUID() });
    // A conflict or a refusal keeps the form open, next to the message that explains it.
    if (result.status === "saved") onClose(result.record?.id);
    else if (result.status === "queued") onClose();
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <div className={styles.row}>
        <Field label="Commune" required>
          <Select value={commune} onChange={(_e, d) => setCommune(d.value)}>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nom}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Intitulé" required>
          <Input value={titre} onChange={(_e, d) => setTitre(d.value)} />
        </Field>
      </div>
      <ScheduleFields
        value={schedule}
        onChange={setSchedule}
        commune={communes.find((c) => c.id === commune)}
        problem={problem}
      />
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={busy || titre.trim() === "" || commune === "" || problem !== undefined}
        >
          Créer la séance
        </Button>
        <Button onClick={() => onClose()}>Annuler</Button>
      </div>
    </form>
  );
}
