import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { CommuneRecord } from "../../app/data/ports";
import { ScheduleFields } from "./ScheduleFields";
import { useNewSeance } from "./use-new-seance";

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
  const f = useNewSeance(communes, today, onClose);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void f.create();
      }}
    >
      <div className={styles.row}>
        <Field label="Commune" required>
          <Select value={f.commune} onChange={(_e, d) => f.setCommune(d.value)}>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nom}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Intitulé" required>
          <Input value={f.titre} onChange={(_e, d) => f.setTitre(d.value)} />
        </Field>
      </div>
      <ScheduleFields
        value={f.schedule}
        onChange={f.setSchedule}
        commune={communes.find((c) => c.id === f.commune)}
        problem={f.problem}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!f.canCreate}>
          Créer la séance
        </Button>
        <Button onClick={() => onClose()}>Annuler</Button>
      </div>
    </form>
  );
}
