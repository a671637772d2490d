import { Field, Select } from "@fluentui/react-components";
import type { MembreRecord } from "../../data/ports";
import { ROLE_LABELS, people } from "../../model/identity";

/** Preview only: who the page pretends the user is, since there is no Teams sign-in to tell. */
export function ViewAsSwitcher({ membres, value, onChange }: { membres: readonly MembreRecord[]; value: string; onChange: (membreId: string) => void }) {
  return (
    <Field label="Voir comme">
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        {people(membres).map((m) => (
          <option key={m.id} value={m.id}>{`${ROLE_LABELS[m.role]} — ${m.nom}${m.fonction ? ` (${m.fonction})` : ""}`}</option>
        ))}
      </Select>
    </Field>
  );
}
