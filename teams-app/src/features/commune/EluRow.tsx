import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { MANDATS } from "@shared/data/schema";
import type { MembreRecord } from "../../app/data/ports";
import { eluFieldsFor } from "./elu-form";
import type { EluForm } from "./elu-form";
import { useEluForm } from "./use-elu-form";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 10em), 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const MANDAT_LABELS: Readonly<Record<(typeof MANDATS)[number], string>> = {
  maire: "Maire",
  adjoint: "Adjoint",
  "conseiller-delegue": "Conseiller délégué",
  conseiller: "Conseiller municipal",
};

/** One élu's seat in the profile: the maire and the adjoints, their genre and delegation. */
export function EluRow({ membre }: { membre: MembreRecord }) {
  const styles = useStyles();
  const { form, setForm, errors, canSave, save } = useEluForm(membre);
  const { rang: rangError, prenom: prenomError } = errors;
  const label = (what: string) => `${what} de ${membre.nom}`;
  const fields = eluFieldsFor(form.mandat);
  return (
    <li className={styles.row} aria-label={membre.nom}>
      <Field label={label("Prénom")} validationMessage={prenomError} validationState={prenomError ? "error" : "none"}>
        <Input value={form.prenom} maxLength={255} onChange={(_e, d) => setForm({ ...form, prenom: d.value })} />
      </Field>
      <Field label={label("Genre")}>
        <Select value={form.genre} onChange={(_e, d) => setForm({ ...form, genre: d.value as EluForm["genre"] })}>
          <option value="">Non renseigné</option>
          <option value="f">Féminin (« la maire », « adjointe »)</option>
          <option value="m">Masculin (« le maire », « adjoint »)</option>
        </Select>
      </Field>
      <Field label={label("Mandat")}>
        <Select value={form.mandat} onChange={(_e, d) => setForm({ ...form, mandat: d.value as EluForm["mandat"] })}>
          <option value="">Non renseigné</option>
          {MANDATS.map((m) => (
            <option key={m} value={m}>
              {MANDAT_LABELS[m]}
            </option>
          ))}
        </Select>
      </Field>
      {fields.rang && (
        <Field
          label={label("Rang d'adjoint")}
          validationMessage={rangError}
          validationState={rangError ? "error" : "none"}
        >
          <Input inputMode="numeric" value={form.rang} onChange={(_e, d) => setForm({ ...form, rang: d.value })} />
        </Field>
      )}
      {fields.delegation && (
        <Field label={label("Délégation")}>
          <Input
            value={form.delegation}
            maxLength={255}
            onChange={(_e, d) => setForm({ ...form, delegation: d.value })}
          />
        </Field>
      )}
      <div>
        <Button disabled={!canSave} onClick={() => void save()} aria-label={`Enregistrer ${membre.nom}`}>
          Enregistrer
        </Button>
      </div>
    </li>
  );
}
