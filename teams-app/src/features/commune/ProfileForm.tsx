import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { COMMUNE_ARTICLE_CHOICES } from "@shared/data/schema";
import type { CommuneRecord } from "../../app/data/ports";
import { EN_TETE_MAX_LINE, EN_TETE_MAX_LINES, PUBLICATION_LABELS, PUBLICATION_MODES } from "./commune-profile-form";
import type { ProfileForm as Form } from "./commune-profile-form";
import { useProfileForm } from "./use-profile-form";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // As many columns as fit: one under 400 px, two or three on a desktop.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 15em), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

const ARTICLE_LABELS: Readonly<Record<Form["article"], string>> = {
  "": "aucun (« de Saint-Aubin »)",
  le: "le (« du Mans »)",
  la: "la (« de La Rochelle »)",
  les: "les (« des Essarts »)",
  "l'": "l' (« de L'Isle-Adam »)",
};

/** The commune's own values; an emptied field falls back to what the lists derive, shown as its placeholder. */
export function ProfileForm({ commune }: { commune: CommuneRecord }) {
  const styles = useStyles();
  const { form, set, field, derived, canSave, save } = useProfileForm(commune);
  return (
    <form
      className={styles.form}
      aria-label={`Profil de ${commune.nom}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className={styles.grid}>
        <Field label="Nom de la commune, article compris" required {...field("nom")}>
          <Input value={form.nom} maxLength={255} onChange={(_e, d) => set("nom")(d.value)} />
        </Field>
        <Field label="Article du nom" {...field("article")}>
          <Select value={form.article} onChange={(_e, d) => set("article")(d.value as Form["article"])}>
            {(["", ...COMMUNE_ARTICLE_CHOICES] as const).map((a) => (
              <option key={a} value={a}>
                {ARTICLE_LABELS[a]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Code INSEE" {...field("codeInsee")}>
          <Input value={form.codeInsee} maxLength={5} onChange={(_e, d) => set("codeInsee")(d.value)} />
        </Field>
        <Field label="Département" {...field("departement")}>
          <Input value={form.departement} maxLength={3} onChange={(_e, d) => set("departement")(d.value)} />
        </Field>
        <Field label="Population municipale" {...field("population")}>
          <Input inputMode="numeric" value={form.population} onChange={(_e, d) => set("population")(d.value)} />
        </Field>
        <Field
          label="Effectif légal du conseil"
          hint={derived.effectifLegal ? `Vide : ${derived.effectifLegal} (L2121-2)` : undefined}
          {...field("effectifLegal")}
        >
          <Input
            inputMode="numeric"
            value={form.effectifLegal}
            placeholder={derived.effectifLegal ? String(derived.effectifLegal) : undefined}
            onChange={(_e, d) => set("effectifLegal")(d.value)}
          />
        </Field>
      </div>
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
