import type { Clause } from "../model";
import { arrete } from "./define";

const SUBJECT = ["police-generale"] as const;

/** Arrêtés of police générale (noise, alcohol, gatherings): documented troubles, proportionate measure. */
export const POLICE: readonly Clause[] = [
  arrete({
    id: "visa-cgct-police-generale", title: "Visa des pouvoirs de police générale du maire", kind: "visa", section: "visas", order: 10,
    slot: "visa-cgct", subjects: SUBJECT,
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 2212-1 et L. 2212-2 ;",
    refs: ["CGCT L2212-1", "CGCT L2212-2"],
  }),
  arrete({
    id: "visa-code-penal-r610-5", title: "Visa du code pénal (contravention de première classe)", kind: "visa", section: "visas", order: 20,
    subjects: SUBJECT,
    template: "Vu le code pénal, notamment son article R. 610-5 ;", refs: ["C. pénal R610-5"],
  }),
  arrete({
    id: "visa-csp-ivresse-publique", title: "Visa du code de la santé publique (ivresse publique)", kind: "visa", section: "visas", order: 30,
    optional: true, subjects: SUBJECT,
    template: "Vu le code de la santé publique, notamment son article L. 3341-1 ;", refs: ["CSP L3341-1"],
  }),
  arrete({
    id: "visa-arrete-prefectoral-bruit", title: "Visa de l'arrêté préfectoral sur les bruits de voisinage", kind: "visa", section: "visas", order: 50,
    optional: true, subjects: SUBJECT,
    template: "Vu l'arrêté préfectoral du {dateArretePrefectoral} relatif à la lutte contre les bruits de voisinage ;",
    refs: ["Arrêté préfectoral relatif aux bruits de voisinage"], vars: ["dateArretePrefectoral"],
  }),
  arrete({
    id: "considerant-mission-police", title: "Mission de police municipale du maire", kind: "considerant", section: "considerants", order: 10,
    subjects: SUBJECT,
    template: "Considérant qu'il appartient au maire de prendre les mesures propres à assurer le bon ordre, la sûreté, la sécurité et la salubrité publiques ;",
    refs: ["CGCT L2212-2"],
  }),
  arrete({
    id: "considerant-faits-constates", title: "Faits constatés justifiant la mesure", kind: "considerant", section: "considerants", order: 20,
    subjects: SUBJECT,
    template: "Considérant les faits suivants, constatés sur le territoire de la commune : {faitsConstates} ;", refs: ["CGCT L2212-2"],
    vars: ["faitsConstates"],
  }),
  arrete({
    id: "considerant-proportionnalite", title: "Mesure limitée dans le temps et dans l'espace", kind: "considerant", section: "considerants", order: 30,
    subjects: SUBJECT,
    template: "Considérant que la mesure prescrite est limitée, dans le temps et dans l'espace, à ce qu'exige la prévention de ces troubles ;",
    refs: ["CGCT L2212-2"],
  }),
  arrete({
    id: "article-interdiction-police", title: "Interdiction temporaire dans un périmètre défini", kind: "dispositif", section: "articles", order: 10,
    subjects: SUBJECT,
    template: "Du {dateDebut} au {dateFin}, de {heureDebut} à {heureFin}, il est interdit de {activiteInterdite} dans le périmètre suivant : {perimetre}.",
    refs: ["CGCT L2212-2"], vars: ["dateDebut", "dateFin", "heureDebut", "heureFin", "activiteInterdite", "perimetre"],
  }),
  arrete({
    id: "article-sanction-contravention", title: "Sanction des infractions (contravention de première classe)", kind: "dispositif", section: "articles",
    order: 20, subjects: SUBJECT,
    template: "Les infractions au présent arrêté sont punies de l'amende prévue pour les contraventions de la première classe.",
    refs: ["C. pénal R610-5"],
  }),
  arrete({
    id: "article-affichage-perimetre", title: "Affichage aux abords du périmètre", kind: "dispositif", section: "articles", order: 30, optional: true,
    subjects: SUBJECT,
    template: "Le présent arrêté est affiché aux abords du périmètre concerné pendant toute la durée de la mesure.", refs: ["CGCT L2131-1"],
  }),
];
