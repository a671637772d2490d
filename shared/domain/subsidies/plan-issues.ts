import type { z } from "zod";
import { formatMoney } from "../common/money";
import { FUNDER_KINDS, FUNDER_LABELS } from "./plan";

/**
 * The plan validator's issues as the secretary reads them: the field named as the plan shows it (« montant du
 * financeur n° 2 »), never the JSON key, and what is expected in plain French.
 */

type Issue = z.core.$ZodIssue;

const PROJECT: Readonly<Record<string, string>> = {
  title: "intitulé du projet",
  operation: "numéro d'opération du projet",
  commencement: "date de commencement des travaux",
  realiseHtCents: "montant HT déjà réalisé",
};
const COMMUNE: Readonly<Record<string, string>> = {
  name: "nom de la commune",
  population: "population de la commune",
  departement: "département de la commune",
};
const DEPENSE: Readonly<Record<string, string>> = {
  label: "libellé",
  htCents: "montant HT",
  ttcCents: "montant TTC",
  eligible: "éligibilité",
};
const FUNDER: Readonly<Record<string, string>> = {
  kind: "type",
  name: "nom",
  amountCents: "montant",
  rateBp: "taux",
  assietteCents: "assiette subventionnable",
  basis: "base (HT ou TTC)",
  requestDate: "date de la demande",
  acknowledgementDate: "date de l'accusé de réception",
  decisionDate: "date de la décision",
  status: "état de la demande",
  commencementDerogation: "autorisation de commencer avant la décision",
};
const DEROGATION: Readonly<Record<string, string>> = { kind: "type", decision: "décision" };
const TOP: Readonly<Record<string, string>> = {
  date: "date du plan",
  basis: "base des montants (HT ou TTC)",
  autofinancementCents: "autofinancement",
  empruntCents: "emprunt",
  depenses: "liste des dépenses",
  funders: "liste des financeurs",
  derogations: "liste des dérogations",
  commune: "commune",
  project: "projet",
};
/** Each list's item, as the plan numbers them: « la dépense n° 2 ». */
const ITEM: Readonly<
  Record<string, { readonly alone: string; readonly of: string; readonly fields: Readonly<Record<string, string>> }>
> = {
  depenses: { alone: "dépense", of: "de la dépense", fields: DEPENSE },
  funders: { alone: "financeur", of: "du financeur", fields: FUNDER },
  derogations: { alone: "dérogation", of: "de la dérogation", fields: DEROGATION },
};
const STATUSES_FR: Readonly<Record<string, string>> = {
  prevu: "prévu",
  demande: "demandé",
  accorde: "accordé",
  refuse: "refusé",
};

/** « montant du financeur n° 2 », « intitulé du projet », « plan » for the whole. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const [head, second, third] = path;
  if (head === undefined) return "plan";
  const key = String(head);
  if (key === "project" && second !== undefined) return PROJECT[String(second)] ?? "projet";
  if (key === "commune" && second !== undefined) return COMMUNE[String(second)] ?? "commune";
  const item = ITEM[key];
  if (item && typeof second === "number") {
    if (third === undefined) return `${item.alone} n° ${second + 1}`;
    return `${item.fields[String(third)] ?? "champ"} ${item.of} n° ${second + 1}`;
  }
  return TOP[key] ?? "plan";
}

const isAmount = (path: readonly PropertyKey[]) => /Cents$/.test(String(path.at(-1) ?? ""));

/** What was read, shown back: « cent », 12,5, −12,00 €, 120 %… (a JSON object or list is only named). */
function shown(input: unknown, path: readonly PropertyKey[]): string {
  if (typeof input === "string") return `« ${input.length > 40 ? `${input.slice(0, 39)}…` : input} »`;
  if (typeof input === "number") {
    if (String(path.at(-1)) === "rateBp") return `${String(input / 100).replace(".", ",")} %`;
    return isAmount(path) && Number.isInteger(input) ? formatMoney(input) : String(input).replace(".", ",");
  }
  if (typeof input === "boolean") return input ? "vrai" : "faux";
  if (Array.isArray(input)) return "une liste";
  if (input === null) return "une valeur vide";
  return "un objet";
}

function expected(issue: Issue & { code: "invalid_type" }, path: readonly PropertyKey[]): string {
  switch (issue.expected) {
    case "number":
    case "int":
      return isAmount(path)
        ? `un montant en centimes est attendu (nombre entier : ${formatMoney(123456)} s'écrit 123456)`
        : "un nombre entier est attendu";
    case "string":
      return "un texte est attendu";
    case "boolean":
      return "oui ou non est attendu (true ou false)";
    case "array":
      return "une liste est attendue";
    case "object":
      return path.length === 0 ? "un objet JSON est attendu ({ … })" : "un groupe de champs est attendu ({ … })";
    default:
      return "la valeur n'a pas la forme attendue";
  }
}

function choices(values: readonly unknown[]): string {
  const names = values.map(String);
  if (names.every((v) => (FUNDER_KINDS as readonly string[]).includes(v)))
    return names.map((v) => `« ${v} » (${FUNDER_LABELS[v as (typeof FUNDER_KINDS)[number]]})`).join(", ");
  if (names.every((v) => v in STATUSES_FR)) return names.map((v) => `« ${v} » (${STATUSES_FR[v] ?? v})`).join(", ");
  return names.map((v) => `« ${v} »`).join(", ");
}

/** What is wrong with the field, in French, the value read shown back when it helps. */
function problem(issue: Issue): string {
  const path = issue.path;
  const read = issue.input === undefined ? "" : ` (reçu : ${shown(issue.input, path)})`;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "manquant" : `${expected(issue, path)}${read}`;
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") return "ne peut être vide";
      return `ne peut être négatif${read}`;
    case "too_big":
      if (String(path.at(-1)) === "rateBp") return `au plus 100 % (10000 en points de base)${read}`;
      return `trop grand${read}`;
    case "invalid_format":
      if (issue.format === "date")
        return `une date réelle est attendue, écrite année-mois-jour (le 15/04/2025 s'écrit 2025-04-15)${read}`;
      if (String(path.at(-1)) === "departement") return `code de département attendu (23, 2A, 974…)${read}`;
      return `forme inattendue${read}`;
    case "invalid_value":
      return `${issue.input === undefined ? "manquant" : `valeur inconnue${read}`} ; valeurs admises : ${choices(issue.values)}`;
    case "unrecognized_keys":
      return `${issue.keys.length > 1 ? "champs inconnus" : "champ inconnu"} ${issue.keys.map((k) => `« ${k} »`).join(", ")}`;
    default:
      return `valeur invalide${read}`;
  }
}

/** « montant du financeur n° 2 : un montant en centimes est attendu (…) (reçu : « cent ») ». */
export function planIssueMessage(issue: Issue): string {
  return `${fieldLabel(issue.path)} : ${problem(issue)}`;
}
