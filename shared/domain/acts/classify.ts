import type { ActNature } from "../common";
import type { ActKind, ParsedAct } from "./model";

/** What an act is about, read from its title and objet (visas and annexes would mislead). */
export type Matter =
  | "circulation"
  | "voirie"
  | "police"
  | "delegation-fonction"
  | "delegation-conseil"
  | "mise-en-securite"
  | "boissons"
  | "personnel"
  | "creation-emploi"
  | "indemnites"
  | "subvention"
  | "taux"
  | "publicite"
  | "non-transmissible"
  | "urbanisme";

const MATTERS: readonly (readonly [Matter, RegExp])[] = [
  ["voirie", /permission de voirie|permis de stationnement|occupation (?:temporaire )?du domaine public/],
  [
    "circulation",
    /circulation|stationnement|vitesse|sens unique|fermeture (?:de la |d'une |des )?(?:route|rue|voie|chemin)|(?:route|rue|voie|chemin)s? barree?s?|deviation/,
  ],
  // « police de la circulation / du stationnement » is L2213-1, not the general police of L2212-2.
  [
    "police",
    /\bbruit|alcool|animaux|\bchiens?\b|\bfeux\b|brulage|tranquillite|salubrite|ordre public|\bpolice\b(?! (?:de la circulation|du stationnement|de la route|de la conservation))/,
  ],
  ["delegation-fonction", /delegation (?:de|des) fonctions?|delegation de signature/],
  ["delegation-conseil", /l\.? ?2122-22|delegations? (?:du conseil (?:municipal )?|d'attributions? )?au maire/],
  ["mise-en-securite", /\bperil\b|mise en securite|menacant ruine/],
  ["boissons", /debits? de boissons|buvette/],
  ["personnel", /\bemplois?\b|\bpostes?\b|recrutement|\bpersonnel\b|\bagents?\b|contractuel|tableau des effectifs/],
  [
    "creation-emploi",
    /creation d(?:'un|'une|e|es) (?:poste|emploi)|creer (?:un|une|des) (?:poste|emploi)|creation d'emplois?|creation de postes?/,
  ],
  ["indemnites", /indemnites? de fonctions?/],
  ["subvention", /\bsubventions?\b/],
  ["taux", /\btaux d'imposition|vote des taux|taux des (?:impots|taxes|contributions)|fiscalite directe/],
  ["publicite", /publicite des actes|modalites de publicite|mode de publicite|publication des actes/],
  // L2131-2 1°: not transmissible (tarifs de voirie et de stationnement, voies communales, avancement de grade, CDG).
  [
    "non-transmissible",
    /droits? de (?:voirie|place|stationnement)|\bclassement\b|declassement|alignement|nivellement|avancement de grade|taux de promotion|centre de gestion/,
  ],
  ["urbanisme", /permis de construire|permis d'amenager|declaration prealable|certificat d'urbanisme/],
];

const INDIVIDUAL =
  /\bnomm|\bnomination|recrutement|\best autorisee?\b|\bautorisation\b|\baccorde(?:e)? a\b|beneficiaire|petitionnaire|\bmise en securite|\bperil\b/;

/** The title lines (before the first visa) and the objet: what the act says it is about. */
export function topicOf(act: ParsedAct): string {
  const firstVisa = act.visas[0]?.line ?? Math.min(act.lines.length, 15) + 1;
  const head = act.lines.slice(0, Math.min(firstVisa - 1, 25));
  const title = head.map((l) => act.folded.slice(l.start, Math.min(l.end, l.start + 400))).join("\n");
  return act.objet ? `${title}\n${act.folded.slice(act.objet.start, act.objet.end)}` : title;
}

export function mattersOf(act: ParsedAct): ReadonlySet<Matter> {
  const topic = topicOf(act);
  return new Set(MATTERS.filter(([, pattern]) => pattern.test(topic)).map(([matter]) => matter));
}

/** Individual (notified), regulatory or neither (published): L2131-1 decides the formality by this nature. */
export function natureOf(act: ParsedAct, matters: ReadonlySet<Matter>): ActNature {
  const topic = topicOf(act);
  if (matters.has("voirie") || matters.has("boissons") || matters.has("mise-en-securite") || matters.has("urbanisme"))
    return "individuel";
  if (act.kind === "arrete" && INDIVIDUAL.test(topic)) return "individuel";
  if (matters.has("circulation") || matters.has("police") || matters.has("delegation-fonction")) return "reglementaire";
  return act.kind === "arrete" ? "reglementaire" : "ni_ni";
}

/** L2131-2 2°, 3°, 5°, 6°: the arrêtés it names (police but that of circulation and stationnement, regulatory acts, personnel, urbanisme). */
export const TRANSMISSIBLE_ARRETE_MATTERS: readonly Matter[] = [
  "police",
  "delegation-fonction",
  "mise-en-securite",
  "personnel",
  "urbanisme",
];

/**
 * The arrêtés L2131-2 leaves out: police de la circulation et du stationnement (L2213-1) and permissions de voirie,
 * unless they also touch the general police, and the temporary débits de boissons of associations.
 */
export function arreteTransmissionExempt(matters: ReadonlySet<Matter>): boolean {
  return matters.has("boissons") || ((matters.has("circulation") || matters.has("voirie")) && !matters.has("police"));
}

/**
 * Whether L2131-2 sends the act to the préfet, as far as its objet tells: every délibération but the matters of
 * 1° a and b; an arrêté of a listed matter or of a regulatory nature, unless exempt. A prefill the secretary confirms.
 */
export function isTransmissible(kind: ActKind, matters: ReadonlySet<Matter>, nature: ActNature): boolean {
  if (kind === "deliberation") return !matters.has("non-transmissible");
  if (arreteTransmissionExempt(matters)) return false;
  return nature === "reglementaire" || TRANSMISSIBLE_ARRETE_MATTERS.some((m) => matters.has(m));
}
