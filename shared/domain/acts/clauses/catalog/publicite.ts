import type { Clause } from "../model";
import { deliberation } from "./define";

const SUBJECT = ["mode-de-publicite"] as const;
const REFORME =
  "portant réforme des règles de publicité, d'entrée en vigueur et de conservation des actes pris par les collectivités territoriales et leurs groupements";

/** Choice of the publicity mode of the acts by a commune under 3 500 inhabitants (reform of 1 July 2022). */
export const PUBLICITE: readonly Clause[] = [
  deliberation({
    id: "visa-cgct-publicite",
    title: "Visa des règles de publicité des actes",
    kind: "visa",
    section: "visas",
    order: 10,
    slot: "visa-cgct",
    subjects: SUBJECT,
    template: "Vu le code général des collectivités territoriales, notamment ses articles L. 2131-1 et R. 2131-1 ;",
    refs: ["CGCT L2131-1", "CGCT R2131-1"],
  }),
  deliberation({
    id: "visa-ordonnance-2021-1310",
    title: "Visa de l'ordonnance du 7 octobre 2021",
    kind: "visa",
    section: "visas",
    order: 30,
    subjects: SUBJECT,
    template: `Vu l'ordonnance n° 2021-1310 du 7 octobre 2021 ${REFORME} ;`,
    refs: ["Ordonnance n° 2021-1310 du 7 octobre 2021"],
  }),
  deliberation({
    id: "visa-decret-2021-1311",
    title: "Visa du décret du 7 octobre 2021",
    kind: "visa",
    section: "visas",
    order: 35,
    subjects: SUBJECT,
    template: `Vu le décret n° 2021-1311 du 7 octobre 2021 ${REFORME} ;`,
    refs: ["Décret n° 2021-1311 du 7 octobre 2021"],
  }),
  deliberation({
    id: "considerant-publicite-choix",
    title: "Faculté de choix des communes de moins de 3 500 habitants",
    kind: "considerant",
    section: "considerants",
    order: 10,
    subjects: SUBJECT,
    template:
      "Considérant que, dans les communes de moins de 3 500 habitants, les actes réglementaires et les décisions ni réglementaires ni individuelles sont rendus publics, au choix du conseil municipal, par affichage, par publication sur papier ou par publication sous forme électronique ;",
    refs: ["CGCT L2131-1"],
  }),
  deliberation({
    id: "considerant-publicite-defaut",
    title: "Publication électronique à défaut de délibération",
    kind: "considerant",
    section: "considerants",
    order: 20,
    subjects: SUBJECT,
    template: "Considérant qu'à défaut de délibération sur ce point, ces actes sont publiés sous forme électronique ;",
    refs: ["CGCT L2131-1"],
  }),
  deliberation({
    id: "considerant-publicite-population",
    title: "Population de la commune inférieure à 3 500 habitants",
    kind: "considerant",
    section: "considerants",
    order: 30,
    optional: true,
    subjects: SUBJECT,
    template: "Considérant que la population de la commune s'élève à {population} habitants ;",
    refs: ["CGCT L2131-1"],
    vars: ["population"],
  }),
  deliberation({
    id: "article-publicite-mode",
    title: "Mode de publicité choisi",
    kind: "dispositif",
    section: "articles",
    order: 10,
    subjects: SUBJECT,
    template:
      "À compter du {dateEffet}, les actes réglementaires et les décisions ne présentant ni un caractère réglementaire ni un caractère individuel sont rendus publics {modePublicite}.",
    refs: ["CGCT L2131-1"],
    vars: ["dateEffet", "modePublicite"],
  }),
  deliberation({
    id: "article-publicite-papier",
    title: "Conditions de la publication sur papier",
    kind: "dispositif",
    section: "articles",
    order: 20,
    optional: true,
    subjects: SUBJECT,
    template:
      "Les actes publiés sur papier sont tenus à la disposition du public en mairie, de manière permanente et gratuite.",
    refs: ["CGCT R2131-1"],
  }),
  deliberation({
    id: "article-publicite-electronique",
    title: "Conditions de la publication électronique",
    kind: "dispositif",
    section: "articles",
    order: 20,
    optional: true,
    subjects: SUBJECT,
    template:
      "Les actes publiés sous forme électronique sont mis en ligne dans leur intégralité, sous un format non modifiable, avec la mention du prénom, du nom et de la qualité de leur auteur ainsi que de la date de leur mise en ligne, pour une durée qui ne peut être inférieure à deux mois.",
    refs: ["CGCT R2131-1"],
  }),
  deliberation({
    id: "article-publicite-site-epci",
    title: "Publication sur le site de l'EPCI (commune sans site internet)",
    kind: "dispositif",
    section: "articles",
    order: 30,
    optional: true,
    subjects: SUBJECT,
    template:
      "La commune ne disposant pas de site internet, la présente délibération est publiée sur le site internet de {epci}, établissement public de coopération intercommunale à fiscalité propre dont elle est membre ; le public est informé de l'adresse de ce site par tout moyen.",
    refs: ["CGCT R2131-1"],
    vars: ["epci"],
  }),
  deliberation({
    id: "article-publicite-modification",
    title: "Choix modifiable à tout moment",
    kind: "dispositif",
    section: "articles",
    order: 40,
    subjects: SUBJECT,
    template: "Ce choix peut être modifié à tout moment par une nouvelle délibération.",
    refs: ["CGCT L2131-1"],
  }),
];
