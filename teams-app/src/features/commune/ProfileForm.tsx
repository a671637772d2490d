import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { CommuneRecord } from "../../app/data/ports";
import { EN_TETE_MAX_LINE, EN_TETE_MAX_LINES, PUBLICATION_LABELS, PUBLICATION_MODES } from "./commune-profile-form";
import type { ProfileForm as Form } from "./commune-profile-form";
import { ProfileIdentityFields } from "./ProfileIdentityFields";
import { useProfileForm } from "./use-profile-form";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The commune's own values; an emptied field falls back to what the lists derive, shown as its placeholder. */
export function ProfileForm({ commune }: { commune: CommuneRecord }) {
  const styles = useStyles();
  const profile = useProfileForm(commune);
  const { form, set, field, derived, canSave, save } = profile;
  return (
    <form
      className={styles.form}
      aria-label={`Profil de ${commune.nom}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ProfileIdentityFields {...profile} />
      <Field
        label="Tribunal administratif"
        hint={derived.tribunal ? `Vide : ${derived.tribunal}, celui du département` : "Renseignez le département"}
        {...field("tribunal")}
      >
        <Input
          value={form.tribunal}
          maxLength={255}
          placeholder={derived.tribunal}
          onChange={(_e, d) => set("tribunal")(d.value)}
        />
      </Field>
      <Field label="Publication des actes (article L2131-1 du CGCT)">
        <Select value={form.publication} onChange={(_e, d) => set("publication")(d.value as Form["publication"])}>
          <option value="">Non choisie</option>
          {PUBLICATION_MODES.map((m) => (
            <option key={m} value={m}>
              {PUBLICATION_LABELS[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="En-tête des courriers"
        hint={`Une ligne par ligne imprimée, ${EN_TETE_MAX_LINES} lignes de ${EN_TETE_MAX_LINE} caractères au plus.`}
        {...field("enTete")}
      >
        <Textarea value={form.enTete} resize="vertical" onChange={(_e, d) => set("enTete")(d.value)} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={!canSave}>
          Enregistrer le profil
        </Button>
      </div>
    </form>
  );
}
