import type { Clause } from "../model";
import { deliberation } from "./define";

/** Vote of the rates of the direct local taxes (taxes foncières and THRS since the reform of the TH). */
export const FISCALITE: readonly Clause[] = [
  deliberation({
    id: "visa-cgi-taux",
    title: "Visa du code général des impôts (vote des taux)",
    kind: "visa",
    section: "visas",
    order: 20,
    subjects: ["vote-des-taux"],
    template: "Vu le code général des impôts, notamment ses articles 1636 B sexies et 1639 A ;",
    refs: ["CGI 1636 B sexies", "CGI 1639 A"],
  }),
  deliberation({
    id: "visa-loi-finances-2020",
    title: "Visa de la loi de finances pour 2020 (réforme de la taxe d'habitation)",
    kind: "visa",
    section: "visas",
    order: 30,
    optional: true,
    subjects: ["vote-des-taux"],
    template: "Vu la loi n° 2019-1479 du 28 décembre 2019 de finances pour 2020, notamment son article 16 ;",
    refs: ["Loi n° 2019-1479 du 28 décembre 2019, art. 16"],
  }),
  deliberation({
    id: "considerant-etat-1259",
    title: "Bases prévisionnelles notifiées (état 1259)",
    kind: "considerant",
    section: "considerants",
    order: 10,
    subjects: ["vote-des-taux"],
    template:
      "Considérant l'état de notification des bases prévisionnelles d'imposition de l'exercice {exercice} (état 1259 COM) ;",
    refs: ["CGI 1639 A"],
    vars: ["exercice"],
  }),
  deliberation({
    id: "considerant-produit-fiscal",
    title: "Produit fiscal nécessaire à l'équilibre du budget",
    kind: "considerant",
    section: "considerants",
    order: 20,
    subjects: ["vote-des-taux"],
    template: "Considérant le produit fiscal nécessaire à l'équilibre du budget de l'exercice {exercice} ;",
    refs: ["CGCT L1612-4"],
    vars: ["exercice"],
  }),
  deliberation({
    id: "article-taux-foncier",
    title: "Taux des taxes foncières",
    kind: "dispositif",
    section: "articles",
    order: 10,
    subjects: ["vote-des-taux"],
    template:
      "Les taux des impôts directs locaux sont fixés comme suit pour l'exercice {exercice} : taxe foncière sur les propriétés bâties : {tauxTfpb} ; taxe foncière sur les propriétés non bâties : {tauxTfpnb}.",
    refs: ["CGI 1636 B sexies"],
    vars: ["exercice", "tauxTfpb", "tauxTfpnb"],
  }),
  deliberation({
    id: "article-taux-thrs",
    title: "Taux de la taxe d'habitation sur les résidences secondaires",
    kind: "dispositif",
    section: "articles",
    order: 20,
    subjects: ["vote-des-taux"],
    template:
      "Le taux de la taxe d'habitation sur les résidences secondaires et autres locaux meublés non affectés à l'habitation principale est fixé à {tauxThrs} pour l'exercice {exercice}.",
    refs: ["CGI 1636 B sexies"],
    vars: ["tauxThrs", "exercice"],
  }),
];
