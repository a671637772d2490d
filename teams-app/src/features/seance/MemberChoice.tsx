import { Field, Select } from "@fluentui/react-components";
import type { MembreRecord } from "../../app/data/ports";

/**
 * An élu picked from a list: the choice is the action. With no `value` the list comes back to « — » once the choice
 * is recorded; with one, it shows the élu chosen, and the empty option (`empty`) takes the choice back.
 */
export function MemberChoice(props: {
  label: string;
  name: string;
  members: readonly MembreRecord[];
  disabled: boolean;
  onPick: (membre: MembreRecord | undefined) => void;
  empty?: string;
  value?: string;
}) {
  const { label, name, members, disabled, onPick, value = "" } = props;
  return (
    <Field label={label}>
      <Select
        disabled={disabled || (members.length === 0 && value === "")}
        value={value}
        aria-label={name}
        onChange={(_e, d) => onPick(members.find((m) => m.id === d.value))}
      >
        <option value="">{props.empty ?? "—"}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.nom}
          </option>
        ))}
      </Select>
    </Field>
  );
}
