import { effectifLegal } from "@shared/domain/common/effectif";
import { splitArticle } from "@shared/domain/commune/commune-name";
import { PUBLICATION_MODES } from "@shared/domain/commune/profile";
import type { PublicationMode } from "@shared/domain/commune/profile";
import { tribunalAdministratifOf } from "@shared/domain/commune/tribunaux-administratifs";
import { COMMUNE_ARTICLE_CHOICES, TEXT_MAX_LENGTH } from "@shared/data/schema";
import type { CommuneRecord, DraftIn } from "../../app/data/ports";

/** The profile editor's fields as typed: strings, checked by `profileFormErrors` before anything is written. */
export interface ProfileForm {
  readonly nom: string;
  /** "" for a name without article. */
  readonly article: "" | (typeof COMMUNE_ARTICLE_CHOICES)[number];
  readonly codeInsee: string;
  readonly departement: string;
  readonly population: string;
  readonly effectifLegal: string;
  readonly tribunal: string;
  readonly publication: "" | PublicationMode;
  readonly enTete: string;
}

export type ProfileErrors = Partial<Record<keyof ProfileForm, string>>;

export const PUBLICATION_LABELS: Readonly<Record<PublicationMode, string>> = {
  affichage: "Affichage en mairie",
  papier: "Publication sur papier tenue à disposition",
  electronique: "Publication électronique sur le site de la commune",
};

export { PUBLICATION_MODES };

/** Bounds of what the editor accepts (the letterhead is printed at the head of a page). */
export const EN_TETE_MAX_LINES = 8;
export const EN_TETE_MAX_LINE = 120;
const POPULATION_MAX = 3_000_000;

export function profileFormOf(commune: CommuneRecord): ProfileForm {
  return {
    nom: commune.nom,
    article: commune.article ?? "",
    codeInsee: commune.codeInsee ?? "",
    departement: commune.departement ?? "",
    population: commune.population === undefined ? "" : String(commune.population),
    effectifLegal: commune.effectifLegal === undefined ? "" : String(commune.effectifLegal),
    tribunal: commune.tribunal ?? "",
    publication: commune.publication ?? "",
    enTete: commune.enTete ?? "",
  };
}

const DEPARTEMENT = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2A|2B|97[1-6])$/;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

const wholeNumber = (value: string): number | undefined => (/^\d{1,9}$/.test(value.trim()) ? Number(value) : undefined);

/** What the lists would derive if the field stays empty, shown as the field's placeholder. */
export function derivedValues(form: ProfileForm): { effectifLegal?: number; tribunal?: string } {
  const population = wholeNumber(form.population);
  const tribunal = tribunalAdministratifOf(form.departement);
  return {
    ...(population !== undefined && population > 0 ? { effectifLegal: effectifLegal(population) } : {}),
    ...(tribunal ? { tribunal } : {}),
  };
}

/** French messages for each field that cannot be saved as typed; empty when the form can be saved. */
export function profileFormErrors(form: ProfileForm): ProfileErrors {
  const errors: { -readonly [K in keyof ProfileForm]?: string } = {};
  const nom = form.nom.trim();
  if (nom === "") errors.nom = "Le nom de la commune est obligatoire.";
  else if (nom.length > TEXT_MAX_LENGTH) errors.nom = `Le nom ne peut dépasser ${TEXT_MAX_LENGTH} caractères.`;
  else if (form.article !== "" && splitArticle(nom, form.article).nom === nom)
    errors.article = `Le nom « ${nom} » ne commence pas par l'article « ${form.article} » : écrivez le nom en entier, article compris.`;
  if (form.codeInsee.trim() !== "" && !INSEE.test(form.codeInsee.trim().toUpperCase()))
    errors.codeInsee = "Le code INSEE compte cinq caractères : « 49007 », « 2A004 ».";
  if (form.departement.trim() !== "" && !DEPARTEMENT.test(form.departement.trim().toUpperCase()))
    errors.departement = "Le département s'écrit comme dans le code INSEE : « 49 », « 2A », « 974 ».";
  const population = wholeNumber(form.population);
  if (form.population.trim() !== "" && (population === undefined || population > POPULATION_MAX))
    errors.population = `La population est un nombre entier d'habitants, jusqu'à ${POPULATION_MAX.toLocaleString("fr-FR")}.`;
  const effectif = wholeNumber(form.effectifLegal);
  if (form.effectifLegal.trim() !== "" && (effectif === undefined || effectif < 7 || effectif > 69))
    errors.effectifLegal = "L'effectif légal du conseil va de 7 à 69 membres (article L2121-2 du CGCT).";
  if (form.tribunal.trim().length > TEXT_MAX_LENGTH)
    errors.tribunal = `Le tribunal ne peut dépasser ${TEXT_MAX_LENGTH} caractères.`;
  const lines = form.enTete.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length > EN_TETE_MAX_LINES)
    errors.enTete = `L'en-tête compte au plus ${EN_TETE_MAX_LINES} lignes (${lines.length} saisies).`;
  else if (lines.some((l) => l.trim().length > EN_TETE_MAX_LINE))
    errors.enTete = `Chaque ligne de l'en-tête compte au plus ${EN_TETE_MAX_LINE} caractères.`;
  return errors;
}

const orUndefined = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());

/** The columns to write; an emptied field is written empty, so that the derived value applies again. */
export function profilePatch(form: ProfileForm): Partial<DraftIn<"communes">> {
  const population = wholeNumber(form.population);
  const effectif = wholeNumber(form.effectifLegal);
  return {
    nom: form.nom.trim(),
    article: form.article === "" ? undefined : form.article,
    codeInsee: orUndefined(form.codeInsee.toUpperCase()),
    departement: orUndefined(form.departement.toUpperCase()),
    population,
    effectifLegal: effectif,
    tribunal: orUndefined(form.tribunal),
    publication: form.publication === "" ? undefined : form.publication,
    enTete: orUndefined(
      form.enTete
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join("\n"),
    ),
  };
}

/** Whether the form differs from the saved record's: only a change is offered for saving. */
export const profileChanged = (form: ProfileForm, saved: ProfileForm): boolean =>
  (Object.keys(form) as (keyof ProfileForm)[]).some((k) => form[k] !== saved[k]);
