import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-020";

const INDEMNITES = edit(
  edit(
    DELIBERATION,
    "Objet : Tarifs de la cantine scolaire pour l'année 2023-2024",
    "Objet : Indemnités de fonction du maire et des adjoints",
  ),
  /Article 1er :.*\nArticle 2 :.*/,
  "Article 1er : L'indemnité du maire est fixée à 40,3 % de l'indice brut terminal de la fonction publique.\nArticle 2 : L'indemnité des adjoints titulaires d'une délégation de fonctions est fixée à 10,7 % de l'indice brut terminal. Un tableau annexe récapitule les indemnités allouées.",
);

/** One line for both rates, as many tables of a délibération are typed. */
const ONE_LINE = edit(
  INDEMNITES,
  /Article 1er :.*\nArticle 2 :[^.]*\./,
  "Article 1er : Taux en % de l'indice brut terminal — maire : 40,3 % ; adjoints : 10,7 % (délégation de fonctions par arrêté).",
);

testRule(rule, {
  valid: [
    { name: "une délibération sur un autre sujet", subject: subjectOf(DELIBERATION) },
    {
      name: "taux maximaux d'une commune de 600 habitants, tableau annexé",
      subject: subjectOf(INDEMNITES, { population: 600 }),
    },
    { name: "taux du maire et des adjoints sur une même ligne", subject: subjectOf(ONE_LINE, { population: 600 }) },
    {
      name: "rôle nommé après le taux",
      subject: subjectOf(
        edit(ONE_LINE, "maire : 40,3 % ; adjoints : 10,7 %", "40,3 % pour le maire ; 10,7 % pour les adjoints"),
        { population: 600 },
      ),
    },
  ],
  invalid: [
    {
      name: "taux du maire au-dessus du plafond",
      subject: subjectOf(INDEMNITES, { population: 450 }),
      findings: [
        { severity: "warning", message: "maximum est 25.5 %" },
        { severity: "warning", message: "maximum est 9.9 %" },
      ],
    },
    {
      name: "même ligne, taux d'adjoint au-dessus du plafond",
      subject: subjectOf(edit(ONE_LINE, "10,7 %", "12 %"), { population: 600 }),
      findings: [{ severity: "warning", message: "Taux de 12 % pour un adjoint : le maximum est 10.7 %" }],
    },
    {
      name: "sans tableau annexe",
      subject: subjectOf(edit(INDEMNITES, " Un tableau annexe récapitule les indemnités allouées.", ""), {
        population: 600,
      }),
      findings: [{ message: "Tableau annexe" }],
    },
    {
      name: "indice brut 1015",
      subject: subjectOf(
        edit(INDEMNITES, "de l'indice brut terminal de la fonction publique", "de l'indice brut 1015"),
        { population: 600 },
      ),
      findings: [{ message: "IB 1027" }],
    },
  ],
});
