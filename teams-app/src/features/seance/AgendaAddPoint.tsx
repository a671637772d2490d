import { Button, Field, Input, Select } from "@fluentui/react-components";
import type { PointRecord } from "../../app/data/ports";
import { NATURES } from "./agenda";
import { useAgendaStyles } from "./agenda-styles";
import type { SeanceBundle } from "./council-seance";
import { useAddPoint } from "./use-agenda";

/** The form adding a point at the end of the ordre du jour. */
export function AgendaAddPoint({ bundle }: { bundle: SeanceBundle }) {
  const styles = useAgendaStyles();
  const form = useAddPoint(bundle);
  return (
    <form
      className={styles.add}
      onSubmit={(e) => {
        e.preventDefault();
        void form.add();
      }}
    >
      <Field label="Objet du nouveau point" required>
        <Input className={styles.input} value={form.titre} onChange={(_e, d) => form.setTitre(d.value)} />
      </Field>
      <Field label="Rapporteur du nouveau point">
        <Input className={styles.input} value={form.rapporteur} onChange={(_e, d) => form.setRapporteur(d.value)} />
      </Field>
      <Field label="Nature">
        <Select
          className={styles.input}
          value={form.nature}
          onChange={(_e, d) => form.setNature(d.value as PointRecord["nature"])}
        >
          {NATURES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Button className={styles.submit} type="submit" appearance="primary" disabled={!form.canAdd}>
        Ajouter le point
      </Button>
    </form>
  );
}
