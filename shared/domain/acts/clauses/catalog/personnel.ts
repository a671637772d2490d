import type { Clause } from "../model";
import { deliberation } from "./define";

/** Creation of posts under the code général de la fonction publique (in force since 1 March 2022). */
export const PERSONNEL: readonly Clause[] = [
  deliberation({
    id: "visa-cgfp-creation-emploi", title: "Visa du code général de la fonction publique (création d'emplois)", kind: "visa", section: "visas",
    order: 20, subjects: ["creation-emploi"],
    template: "Vu le code général de la fonction publique, notamment son article L. 313-1 ;", refs: ["CGFP L313-1"],
  }),
  deliberation({
    id: "visa-cgfp-contractuels", title: "Visa des cas de recrutement de contractuels", kind: "visa", section: "visas", order: 25, optional: true,
    subjects: ["creation-emploi"],
    template: "Vu le code général de la fonction publique, notamment ses articles L. 332-8 et L. 332-23 ;", refs: ["CGFP L332-8", "CGFP L332-23"],
  }),
  deliberation({
    id: "visa-decret-temps-non-complet", title: "Visa du décret relatif aux emplois à temps non complet", kind: "visa", section: "visas", order: 30,
    optional: true, subjects: ["creation-emploi"],
    template: "Vu le décret n° 91-298 du 20 mars 1991 portant dispositions statutaires applicables aux fonctionnaires territoriaux nommés dans des emplois permanents à temps non complet ;",
    refs: ["Décret n° 91-298 du 20 mars 1991"],
  }),
  deliberation({
    id: "visa-decret-contractuels", title: "Visa du décret relatif aux agents contractuels territoriaux", kind: "visa", section: "visas", order: 35,
    optional: true, subjects: ["creation-emploi"],
    template: "Vu le décret n° 88-145 du 15 février 1988 relatif aux agents contractuels de la fonction publique territoriale ;",
    refs: ["Décret n° 88-145 du 15 février 1988"],
  }),
  deliberation({
    id: "visa-statut-particulier", title: "Visa du statut particulier du cadre d'emplois", kind: "visa", section: "visas", order: 40,
    subjects: ["creation-emploi"],
    template: "Vu le décret portant statut particulier du cadre d'emplois des {cadreEmplois} ;",
    refs: ["Décret portant statut particulier du cadre d'emplois"], vars: ["cadreEmplois"],
  }),
  deliberation({
    id: "visa-tableau-effectifs", title: "Visa du tableau des effectifs", kind: "visa", section: "visas", order: 50, subjects: ["creation-emploi"],
    template: "Vu le tableau des effectifs de la commune ;", refs: ["CGFP L313-1"],
  }),
  deliberation({
    id: "considerant-competence-emplois", title: "Compétence du conseil pour créer les emplois", kind: "considerant", section: "considerants",
    order: 10, subjects: ["creation-emploi"],
    template: "Considérant qu'il appartient au conseil municipal de fixer l'effectif des emplois à temps complet et à temps non complet nécessaires au fonctionnement des services ;",
    refs: ["CGFP L313-1"],
  }),
  deliberation({
    id: "considerant-besoin-emploi", title: "Besoin justifiant la création de l'emploi", kind: "considerant", section: "considerants", order: 20,
    subjects: ["creation-emploi"],
    template: "Considérant la nécessité de créer un emploi pour assurer les fonctions de {fonctions} ;", refs: ["CGFP L313-1"], vars: ["fonctions"],
  }),
  deliberation({
    id: "article-creation-emploi-permanent", title: "Création d'un emploi permanent", kind: "dispositif", section: "articles", order: 10,
    slot: "article-emploi", subjects: ["creation-emploi"],
    template: "À compter du {dateEffet}, un emploi permanent de {grade}, relevant du cadre d'emplois des {cadreEmplois} (catégorie {categorie}), est créé à temps {tempsTravail}, pour une durée hebdomadaire de service de {dureeHebdomadaire}, afin d'exercer les fonctions de {fonctions}.",
    refs: ["CGFP L313-1"], vars: ["dateEffet", "grade", "cadreEmplois", "categorie", "tempsTravail", "dureeHebdomadaire", "fonctions"],
  }),
  deliberation({
    id: "article-creation-emploi-non-permanent", title: "Création d'un emploi non permanent (accroissement temporaire d'activité)",
    kind: "dispositif", section: "articles", order: 10, slot: "article-emploi", optional: true, subjects: ["creation-emploi"],
    template: "À compter du {dateEffet}, un emploi non permanent de {grade} est créé à temps {tempsTravail}, pour une durée hebdomadaire de service de {dureeHebdomadaire}, afin de faire face à un accroissement temporaire d'activité, pour une durée maximale de douze mois pendant une même période de dix-huit mois consécutifs.",
    refs: ["CGFP L332-23"], vars: ["dateEffet", "grade", "tempsTravail", "dureeHebdomadaire"],
  }),
  deliberation({
    id: "article-emploi-contractuel", title: "Recrutement possible d'un contractuel sur l'emploi permanent", kind: "dispositif", section: "articles",
    order: 20, optional: true, subjects: ["creation-emploi"],
    template: "À défaut de candidature de fonctionnaire adaptée, l'emploi pourra être pourvu par un agent contractuel dans les conditions de l'article L. 332-8 du code général de la fonction publique ; sa rémunération sera fixée par référence à la grille indiciaire du grade de {grade}.",
    refs: ["CGFP L332-8"], vars: ["grade"],
  }),
  deliberation({
    id: "article-tableau-effectifs", title: "Mise à jour du tableau des effectifs", kind: "dispositif", section: "articles", order: 30,
    subjects: ["creation-emploi"],
    template: "Le tableau des effectifs est modifié en conséquence.", refs: ["CGFP L313-1"],
  }),
  deliberation({
    id: "article-credits-emploi", title: "Crédits de rémunération de l'emploi", kind: "dispositif", section: "articles", order: 40,
    subjects: ["creation-emploi"],
    template: "Les crédits nécessaires à la rémunération et aux charges de l'agent nommé dans cet emploi sont inscrits au budget de l'exercice {exercice}, chapitre 012.",
    refs: ["CGFP L313-1"], vars: ["exercice"],
  }),
];
