import { NNBSP } from "../format";
import type { Clause } from "../model";
import type { ClauseSpec } from "./define";
import { deliberation } from "./define";
import { delegation } from "./wording";

const SUBJECT = ["delegations-l2122-22"] as const;

/** One delegated matter of L2122-22, an article of its own so the council picks and bounds each one. */
function item(
  id: string,
  title: string,
  order: number,
  text: string,
  alinea: string,
  extra: Partial<ClauseSpec> = {},
): Clause {
  return deliberation({
    id: `article-delegation-${id}`,
    title,
    kind: "dispositif",
    section: "articles",
    order,
    subjects: SUBJECT,
    template: delegation(text, alinea),
    refs: ["CGCT L2122-22"],
    vars: ["maire"],
    ...extra,
  });
}

/** Délégations du conseil municipal au maire (CGCT L2122-22) and the compte rendu of L2122-23. */
export const DELEGATIONS: readonly Clause[] = [
  deliberation({
    id: "visa-cgct-delegations",
    title: "Visa des délégations du conseil au maire",
    kind: "visa",
    section: "visas",
    order: 10,
    slot: "visa-cgct",
    subjects: SUBJECT,
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et L. 2122-23 ;",
    refs: ["CGCT L2122-22", "CGCT L2122-23"],
  }),
  deliberation({
    id: "considerant-delegations",
    title: "Intérêt des délégations pour la bonne marche de l'administration",
    kind: "considerant",
    section: "considerants",
    order: 10,
    subjects: SUBJECT,
    template:
      "Considérant que le conseil municipal peut, pour la durée du mandat, déléguer au maire certaines de ses attributions afin de faciliter la bonne marche de l'administration communale ;",
    refs: ["CGCT L2122-22"],
  }),
  item(
    "emprunts",
    "Délégation : emprunts dans une limite annuelle",
    10,
    "procéder, dans la limite de {limiteEmprunts} par exercice, à la réalisation des emprunts destinés au financement des investissements prévus par le budget",
    "3°",
    { optional: true, vars: ["maire", "limiteEmprunts"] },
  ),
  item(
    "marches",
    "Délégation : marchés et accords-cadres",
    20,
    "prendre toute décision concernant la préparation, la passation, l'exécution et le règlement des marchés et des accords-cadres d'un montant inférieur à {limiteMarches} hors taxes, ainsi que toute décision concernant leurs avenants, lorsque les crédits sont inscrits au budget",
    "4°",
    { vars: ["maire", "limiteMarches"] },
  ),
  item(
    "louage",
    "Délégation : louage de choses jusqu'à douze ans",
    30,
    "décider de la conclusion et de la révision du louage de choses pour une durée n'excédant pas douze ans",
    "5°",
  ),
  item(
    "assurances",
    "Délégation : contrats d'assurance et indemnités de sinistre",
    40,
    "passer les contrats d'assurance et accepter les indemnités de sinistre qui y sont afférentes",
    "6°",
  ),
  item(
    "regies",
    "Délégation : régies comptables",
    50,
    "créer, modifier ou supprimer les régies comptables nécessaires au fonctionnement des services municipaux",
    "7°",
  ),
  item(
    "cimetiere",
    "Délégation : concessions dans les cimetières",
    60,
    "prononcer la délivrance et la reprise des concessions dans les cimetières",
    "8°",
  ),
  item(
    "dons-legs",
    "Délégation : dons et legs sans charges",
    70,
    "accepter les dons et legs qui ne sont grevés ni de conditions ni de charges",
    "9°",
    { optional: true },
  ),
  item(
    "alienation-mobiliere",
    "Délégation : aliénation de biens mobiliers",
    80,
    `décider l'aliénation de gré à gré de biens mobiliers jusqu'à 4${NNBSP}600 euros`,
    "10°",
    { optional: true },
  ),
  item(
    "honoraires",
    "Délégation : frais et honoraires des auxiliaires de justice et experts",
    90,
    "fixer les rémunérations et régler les frais et honoraires des avocats, notaires, commissaires de justice et experts",
    "11°",
    { optional: true },
  ),
  item(
    "actions-justice",
    "Délégation : actions en justice",
    100,
    "intenter au nom de la commune les actions en justice ou défendre la commune dans les actions intentées contre elle, dans les cas suivants : {casActionsJustice}",
    "16°",
    { optional: true, vars: ["maire", "casActionsJustice"] },
  ),
  item(
    "lignes-tresorerie",
    "Délégation : lignes de trésorerie",
    110,
    "réaliser les lignes de trésorerie dans la limite d'un montant maximal de {limiteLignesTresorerie}",
    "20°",
    { optional: true, vars: ["maire", "limiteLignesTresorerie"] },
  ),
  item(
    "subventions",
    "Délégation : demandes de subventions",
    120,
    "demander à tout organisme financeur l'attribution de subventions pour les projets inscrits au budget",
    "26°",
  ),
  deliberation({
    id: "article-delegation-suppleance",
    title: "Signature des décisions déléguées et empêchement du maire",
    kind: "dispositif",
    section: "articles",
    order: 200,
    subjects: SUBJECT,
    template:
      "Les décisions prises en application de la présente délibération peuvent être signées par un adjoint ou un conseiller municipal agissant par délégation du maire dans les conditions de l'article L. 2122-18 du code général des collectivités territoriales ; en cas d'empêchement du maire, elles sont prises par le conseil municipal.",
    refs: ["CGCT L2122-23", "CGCT L2122-18"],
  }),
  deliberation({
    id: "article-delegation-compte-rendu",
    title: "Compte rendu des décisions prises par délégation",
    kind: "dispositif",
    section: "articles",
    order: 210,
    subjects: SUBJECT,
    template:
      "{maire} rend compte au conseil municipal, à chacune de ses réunions obligatoires, des décisions prises en vertu de la présente délibération.",
    refs: ["CGCT L2122-23"],
    vars: ["maire"],
  }),
  deliberation({
    id: "article-prise-acte-decisions",
    title: "Prise d'acte des décisions prises par délégation",
    kind: "dispositif",
    section: "articles",
    order: 220,
    optional: true,
    subjects: SUBJECT,
    template:
      "Le conseil municipal prend acte des décisions suivantes, prises par {maire} en vertu de la délégation consentie par la délibération du {dateDeliberationDelegation} : {listeDecisions}.",
    refs: ["CGCT L2122-23"],
    vars: ["maire", "dateDeliberationDelegation", "listeDecisions"],
  }),
];
