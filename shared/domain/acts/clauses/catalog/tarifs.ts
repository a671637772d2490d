import type { Clause } from "../model";
import { deliberation } from "./define";

/** Prices of the restauration scolaire and of the rental of a communal hall. */
export const TARIFS: readonly Clause[] = [
  deliberation({
    id: "visa-code-education-restauration", title: "Visa du code de l'éducation (prix de la restauration scolaire)", kind: "visa",
    section: "visas", order: 20, subjects: ["tarifs-cantine"],
    template: "Vu le code de l'éducation, notamment ses articles R. 531-52 et R. 531-53 ;",
    refs: ["C. éducation R531-52", "C. éducation R531-53"],
  }),
  deliberation({
    id: "visa-cgct-locaux-communaux", title: "Visa de l'utilisation des locaux communaux", kind: "visa", section: "visas", order: 10,
    slot: "visa-cgct", subjects: ["tarifs-salle"],
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 2121-29 et L. 2144-3 ;",
    refs: ["CGCT L2121-29", "CGCT L2144-3"],
  }),
  deliberation({
    id: "visa-tarifs-precedents", title: "Visa de la délibération fixant les tarifs en vigueur", kind: "visa", section: "visas", order: 50,
    optional: true, subjects: ["tarifs-cantine", "tarifs-salle"],
    template: "Vu la délibération du {dateDeliberationTarifs} fixant les tarifs actuellement en vigueur ;", refs: ["CGCT L2121-29"],
    vars: ["dateDeliberationTarifs"],
  }),
  deliberation({
    id: "considerant-restauration-cout", title: "Prix plafonné au coût du service de restauration", kind: "considerant", section: "considerants",
    order: 10, subjects: ["tarifs-cantine"],
    template: "Considérant que les prix de la restauration scolaire ne peuvent être supérieurs au coût par usager résultant des charges supportées au titre du service ;",
    refs: ["C. éducation R531-53"],
  }),
  deliberation({
    id: "considerant-restauration-evolution", title: "Évolution du coût du service de restauration", kind: "considerant", section: "considerants",
    order: 20, subjects: ["tarifs-cantine"],
    template: "Considérant l'évolution du coût des denrées et des charges du service de restauration scolaire ;", refs: ["C. éducation R531-52"],
  }),
  deliberation({
    id: "article-tarifs-restauration", title: "Prix des repas de la restauration scolaire", kind: "dispositif", section: "articles", order: 10,
    subjects: ["tarifs-cantine"],
    template: "À compter du {dateEffet}, les prix de la restauration scolaire sont fixés comme suit : repas enfant : {tarifRepasEnfant} ; repas adulte : {tarifRepasAdulte}.",
    refs: ["C. éducation R531-52"], vars: ["dateEffet", "tarifRepasEnfant", "tarifRepasAdulte"],
  }),
  deliberation({
    id: "considerant-salle-conditions", title: "Conditions financières de la mise à disposition d'une salle", kind: "considerant",
    section: "considerants", order: 10, subjects: ["tarifs-salle"],
    template: "Considérant qu'il convient de fixer les conditions financières de la mise à disposition de la salle {nomSalle} ;",
    refs: ["CGCT L2144-3"], vars: ["nomSalle"],
  }),
  deliberation({
    id: "article-tarifs-salle", title: "Tarifs de location de la salle", kind: "dispositif", section: "articles", order: 10, subjects: ["tarifs-salle"],
    template: "À compter du {dateEffet}, les tarifs de location de la salle {nomSalle} sont fixés comme suit : habitants de la commune : {tarifSalleHabitants} ; personnes extérieures à la commune : {tarifSalleExterieurs}.",
    refs: ["CGCT L2144-3"], vars: ["dateEffet", "nomSalle", "tarifSalleHabitants", "tarifSalleExterieurs"],
  }),
  deliberation({
    id: "article-caution-salle", title: "Caution pour la location de la salle", kind: "dispositif", section: "articles", order: 20,
    subjects: ["tarifs-salle"],
    template: "Une caution de {montantCaution} est demandée à la réservation ; elle est restituée après l'état des lieux de sortie, déduction faite, le cas échéant, du coût des dégradations constatées.",
    refs: ["CGCT L2144-3"], vars: ["montantCaution"],
  }),
  deliberation({
    id: "article-encaissement-regie", title: "Encaissement des recettes par la régie", kind: "dispositif", section: "articles", order: 30, optional: true,
    subjects: ["tarifs-cantine", "tarifs-salle"],
    template: "Les recettes correspondantes sont encaissées par la régie {nomRegie} ou, à défaut, par l'émission de titres de recettes.",
    refs: ["CGCT R1617-1"], vars: ["nomRegie"],
  }),
  deliberation({
    id: "article-tarifs-abrogation", title: "Abrogation des tarifs précédents", kind: "dispositif", section: "articles", order: 40, optional: true,
    subjects: ["tarifs-cantine", "tarifs-salle"],
    template: "La délibération du {dateDeliberationTarifs} fixant les tarifs précédents est abrogée à la date d'entrée en vigueur des nouveaux tarifs.",
    refs: ["CGCT L2121-29"], vars: ["dateDeliberationTarifs"],
  }),
];
