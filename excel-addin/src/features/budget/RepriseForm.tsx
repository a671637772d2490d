import { Button, Field, Input, Text } from "@fluentui/react-components";
import { formatMoney } from "@shared/domain/budget";
import type { CompteChoisi } from "./reprise";

/** Longest amount a secretary types, « −999 999 999 999,99 € » and spaces. */
const AMOUNT_MAX = 32;

interface RepriseFormProps {
  readonly compte: CompteChoisi;
  readonly affectation: string;
  readonly onAffectation: (typed: string) => void;
  /** Why the typed 1068 cannot be voted; the button waits until there is no reason. */
  readonly invalid: string | undefined;
  readonly busy: boolean;
  readonly onCreate: () => void;
}

/** What the compte carries over, the 1068 the council voted, and the button that writes the BP of the next year. */
export function RepriseForm({ compte, affectation, onAffectation, invalid, busy, onCreate }: RepriseFormProps) {
  return (
    <>
      <Text>{compte.resume}</Text>
      <Field
        label="Affectation au 1068 votée par le conseil"
        hint={`Vide : le minimum, ${formatMoney(compte.minimum1068)}.`}
        validationMessage={invalid}
      >
        <Input
          value={affectation}
          maxLength={AMOUNT_MAX}
          inputMode="decimal"
          placeholder={formatMoney(compte.minimum1068)}
          onChange={(_e, data) => onAffectation(data.value)}
        />
      </Field>
      <Button appearance="primary" disabled={invalid !== undefined || busy} onClick={onCreate}>
        {`Créer le budget primitif ${compte.compte.exercice + 1}`}
      </Button>
    </>
  );
}
