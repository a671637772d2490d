import { Field, Input, Select } from "@fluentui/react-components";
import type { ClassificationTable } from "@shared/domain/transmission";
import { NATURE_CODES, NATURES_ACTES } from "@shared/domain/transmission";
import type { EnvelopeInput } from "./dossier-envelope";
import { sousMatieres } from "./dossier-envelope";
import { useDossierStyles } from "./dossier-styles";

/** The envelope's numéro, nature and classification, the last among the nomenclature in force. */
export function DossierEnvelopeFields({
  input,
  edit,
  table,
}: {
  input: EnvelopeInput;
  edit: (change: Partial<EnvelopeInput>) => void;
  table: ClassificationTable;
}) {
  const styles = useDossierStyles();
  return (
    <div className={styles.row}>
      <Field label="Numéro (@CTES)" size="small">
        <Input size="small" value={input.numero} maxLength={100} onChange={(_e, d) => edit({ numero: d.value })} />
      </Field>
      <Field label="Nature" size="small">
        <Select size="small" value={input.nature} onChange={(_e, d) => edit({ nature: d.value })}>
          <option value="">—</option>
          {NATURE_CODES.map((c) => (
            <option key={c} value={String(c)}>{`${c} ${NATURES_ACTES[c]}`}</option>
          ))}
        </Select>
      </Field>
      <Field label="Classification" size="small">
        <Select size="small" value={input.classification} onChange={(_e, d) => edit({ classification: d.value })}>
          <option value="">—</option>
          {sousMatieres(table).map((s) => (
            <option key={s.code} value={s.code}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
