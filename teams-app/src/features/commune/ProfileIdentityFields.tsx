import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { COMMUNE_ARTICLE_CHOICES } from "@shared/data/schema";
import type { ProfileForm as Form } from "./commune-profile-form";
import type { useProfileForm } from "./use-profile-form";

const useStyles = makeStyles({
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

/** The fields of the profile form, as its hook hands them. */
export type ProfileFields = Pick<ReturnType<typeof useProfileForm>, "form" | "set" | "field" | "derived">;

/** Who the commune is: its name, codes, population and the size of its council. */
export function ProfileIdentityFields({ form, set, field, derived }: ProfileFields) {
  const styles = useStyles();
  return (
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
  );
}
