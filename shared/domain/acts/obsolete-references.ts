import type { Severity } from "../rules";
import { foldText } from "../common/fold";

/** Which rule reports an obsolete reference (reference §D.2). */
export type ObsoleteTopic =
  | "visa"
  | "personnel"
  | "publicite"
  | "signature"
  | "mise-en-securite"
  | "indemnites"
  | "fiscalite"
  | "boissons"
  | "covid"
  | "vocabulaire";

export interface ObsoletePattern {
  readonly id: string;
  readonly topic: ObsoleteTopic;
  readonly pattern: RegExp;
  /** First day on which citing it is wrong. */
  readonly from: string;
  readonly replacement: string;
  readonly reason: string;
  readonly severity: Severity;
  /** A match followed by one of these words within 80 characters is the current text, not the old one. */
  readonly unless?: RegExp;
}

export interface ObsoleteReference {
  readonly match: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly reason: string;
  readonly id: string;
  readonly topic: ObsoleteTopic;
  readonly from: string;
  readonly severity: Severity;
}

const NUM = "(?:n ?° ?|no ?)?";

export const OBSOLETE_PATTERNS: readonly ObsoletePattern[] = [
  {
    id: "code-des-communes",
    topic: "visa",
    pattern: /\bcode des communes\b/g,
    from: "1996-02-24",
    severity: "error",
    replacement: "code général des collectivités territoriales",
    reason: "le code des communes est abrogé depuis le 24 février 1996 (loi n° 96-142)",
  },
  {
    id: "loi-82-213",
    topic: "visa",
    pattern: new RegExp(`\\bloi ${NUM}82 ?[-.] ?213\\b`, "g"),
    from: "1996-02-24",
    severity: "warning",
    replacement: "les articles du CGCT qui l'ont codifiée",
    reason: "la loi n° 82-213 du 2 mars 1982 est largement abrogée et codifiée dans le CGCT",
  },
  {
    id: "loi-84-53",
    topic: "personnel",
    pattern: new RegExp(`\\bloi ${NUM}(?:84-53|83-634)\\b`, "g"),
    from: "2022-03-01",
    severity: "warning",
    replacement: "le code général de la fonction publique",
    reason:
      "les lois n° 83-634 et 84-53 sont codifiées dans le code général de la fonction publique depuis le 1er mars 2022",
  },
  {
    id: "loi-93-23",
    topic: "visa",
    pattern: new RegExp(`\\bloi ${NUM}93 ?[-.] ?23\\b`, "g"),
    from: "1996-02-24",
    severity: "warning",
    replacement: "les articles L2223-19 et suivants du CGCT",
    reason: "la loi n° 93-23 du 8 janvier 1993 (service extérieur des pompes funèbres) est codifiée dans le CGCT",
  },
  {
    id: "comite-technique-paritaire",
    topic: "vocabulaire",
    pattern: /\bcomite technique paritaire\b/g,
    from: "2010-07-07",
    severity: "warning",
    replacement: "comité technique (comité social territorial depuis 2023)",
    reason: "les comités techniques paritaires sont devenus comités techniques (loi n° 2010-751 du 5 juillet 2010)",
  },
  {
    id: "grade-2e-classe",
    topic: "personnel",
    pattern:
      /\badjoints? (?:technique|administratif|d'animation|du patrimoine)s?(?: territoria(?:l|ux))? de (?:2|deuxieme)(?:e|eme|nde?)? classe\b/g,
    from: "2017-01-01",
    severity: "warning",
    replacement: "le grade d'adjoint (échelle C1) ou d'adjoint principal de 2e classe (C2)",
    reason: "les grades d'adjoint de 2e et de 1re classe ont été fusionnés le 1er janvier 2017 (PPCR)",
  },
  {
    id: "code-marches-publics",
    topic: "visa",
    pattern: /\bcode des marches publics\b/g,
    from: "2016-04-01",
    severity: "warning",
    replacement: "le code de la commande publique",
    reason:
      "le code des marchés publics est abrogé depuis le 1er avril 2016 (ordonnance n° 2015-899), remplacé par le code de la commande publique le 1er avril 2019",
  },
  {
    id: "article-departement",
    topic: "visa",
    pattern: /\bl\.? ?3221-[34]\b/g,
    from: "1996-02-24",
    severity: "error",
    replacement: "CGCT L2213-1 (police de la circulation du maire)",
    reason:
      "les articles L3221-3 et L3221-4 fondent les pouvoirs du président du conseil départemental, pas ceux du maire",
  },
  {
    id: "compte-rendu",
    topic: "publicite",
    pattern: /compte[- ]rendu[^.\n]{0,80}(?:affich|huitaine)|\br\.? ?2121-11\b/g,
    from: "2022-07-01",
    severity: "info",
    replacement: "la liste des délibérations affichée et mise en ligne dans la semaine (CGCT L2121-25)",
    reason: "le compte rendu affiché dans la huitaine est supprimé depuis le 1er juillet 2022",
  },
  {
    id: "recueil-actes",
    topic: "publicite",
    pattern: /recueil des actes administratifs/g,
    from: "2022-07-01",
    severity: "info",
    replacement: "la publication électronique des actes (CGCT L2131-1)",
    reason: "le recueil des actes administratifs des communes est supprimé depuis le 1er juillet 2022",
  },
  {
    id: "signature-membres",
    topic: "signature",
    pattern:
      /signe(?:e|es|s)? (?:au registre )?par tous les membres|(?:ont )?signe au registre (?:tous )?les membres presents|au registre suivent les signatures/g,
    from: "2022-07-01",
    severity: "info",
    replacement: "signé par le maire et le ou les secrétaires de séance (CGCT R2121-9)",
    reason: "depuis le 1er juillet 2022, seuls le maire et le ou les secrétaires signent le registre",
  },
  {
    id: "peril",
    topic: "mise-en-securite",
    pattern:
      /\barretes? de peril\b|\bperil (?:imminent|ordinaire|grave)\b|procedure de peril|\bl\.? ?511-1 a l\.? ?511-4-1\b/g,
    from: "2021-01-01",
    severity: "error",
    replacement: "l'arrêté de mise en sécurité (CCH L511-1 et suivants)",
    reason:
      "la procédure de péril est remplacée par la mise en sécurité depuis le 1er janvier 2021 (ord. n° 2020-1144)",
  },
  {
    id: "indice-1015",
    topic: "indemnites",
    pattern: /indice brut (?:terminal )?1015\b|\bib\.? ?1015\b|\bindice 1015\b/g,
    from: "2019-01-01",
    severity: "warning",
    replacement: "l'indice brut terminal de la fonction publique (IB 1027)",
    reason: "l'indice brut terminal est 1027 depuis le 1er janvier 2019",
  },
  {
    id: "taxe-habitation",
    topic: "fiscalite",
    pattern: /\btaxe d'habitation\b/g,
    unless: /residences? secondaires?|logements? vacants?/,
    from: "2021-01-01",
    severity: "warning",
    replacement: "les taxes foncières (bâti et non bâti) et la taxe d'habitation sur les résidences secondaires",
    reason: "les communes ne votent plus de taux de taxe d'habitation sur les résidences principales depuis 2021",
  },
  {
    id: "groupe-2",
    topic: "boissons",
    pattern: /\b2(?:e|eme|nd) groupe\b|\bdeuxieme groupe\b|\bdeux premiers groupes\b/g,
    from: "2011-01-01",
    severity: "warning",
    replacement: "les boissons des groupes 1 et 3 (CSP L3321-1)",
    reason: "le deuxième groupe de boissons a été supprimé",
  },
  {
    id: "csp-ancien",
    topic: "visa",
    pattern: /code de la sante publique[^\n;]{0,40}\bl\.? ?(?:1|12|48|49)\b/g,
    from: "2000-06-22",
    severity: "warning",
    replacement: "la numérotation actuelle du code de la santé publique",
    reason: "numérotation du code de la santé publique antérieure à sa recodification de 2000",
  },
  {
    id: "code-penal-ancien",
    topic: "visa",
    pattern: /\br\.? ?26-15\b/g,
    from: "1994-03-01",
    severity: "warning",
    replacement: "le code pénal, article R610-5",
    reason: "article de l'ancien code pénal, abrogé en 1994",
  },
  {
    id: "decret-88-523",
    topic: "visa",
    pattern: new RegExp(`\\bdecret ${NUM}88-523\\b`, "g"),
    from: "1995-01-01",
    severity: "warning",
    replacement: "les textes en vigueur",
    reason: "le décret n° 88-523 est abrogé",
  },
  {
    id: "quorum-covid",
    topic: "covid",
    pattern: /quorum[^.\n]{0,60}(?:\btiers\b|1\/3)|\bdeux pouvoirs\b/g,
    from: "2022-08-01",
    severity: "warning",
    replacement: "le quorum de droit commun (majorité des membres en exercice, un pouvoir par conseiller)",
    reason: "les dérogations liées à la crise sanitaire ont pris fin le 31 juillet 2022",
  },
  {
    id: "secretaire-de-mairie",
    topic: "vocabulaire",
    pattern: /\bsecretaire de mairie\b/g,
    from: "2023-12-31",
    severity: "info",
    replacement: "secrétaire général de mairie",
    reason: "l'emploi est devenu « secrétaire général de mairie » (loi n° 2023-1380)",
  },
  {
    id: "comite-technique",
    topic: "vocabulaire",
    pattern: /\bcomite technique\b/g,
    from: "2023-01-01",
    severity: "info",
    replacement: "comité social territorial",
    reason: "le comité technique est remplacé par le comité social territorial",
  },
];

/** Every obsolete reference of a text, whatever the date (callers filter by `from`). */
export function obsoleteReferencesIn(text: string, folded: string = foldText(text)): ObsoleteReference[] {
  const found: ObsoleteReference[] = [];
  for (const p of OBSOLETE_PATTERNS) {
    for (const m of folded.matchAll(p.pattern)) {
      const end = m.index + m[0].length;
      if (p.unless?.test(folded.slice(end, end + 80))) continue;
      const { id, topic, from, severity, replacement, reason } = p;
      found.push({
        match: text.slice(m.index, end),
        start: m.index,
        end,
        replacement,
        reason,
        id,
        topic,
        from,
        severity,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The references of `text` that were obsolete on `date` (ISO), with what to cite instead (reference §D.2). */
export function findObsoleteReferences(text: string, date: string): ObsoleteReference[] {
  return obsoleteReferencesIn(text).filter((r) => r.from <= date);
}
