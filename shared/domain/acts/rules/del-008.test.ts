import { ARRETE, DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-008";

const withVisa = (visa: string) =>
  subjectOf(edit(DELIBERATION, "Vu la délibération n° 2022-038", `${visa}\nVu la délibération n° 2022-038`));

testRule(rule, {
  valid: [
    { name: "visas du CGCT en vigueur", subject: subjectOf(DELIBERATION) },
    { name: "code des communes cité avant 1996", subject: withVisa("Vu le code des communes ;"), date: "1995-06-01" },
    {
      name: "un arrêté relève d'ARR-003",
      subject: subjectOf(edit(ARRETE, "Vu le code de la route", "Vu le code des communes ;\nVu le code de la route")),
    },
  ],
  invalid: [
    {
      name: "aucun visa",
      subject: subjectOf(dropLines(DELIBERATION, /^Vu /)),
      findings: [{ severity: "warning", message: "Visas à compléter" }],
    },
    {
      name: "code des communes",
      subject: withVisa("Vu le code des communes, article L. 121-26 ;"),
      findings: [{ severity: "error", message: "code général des collectivités territoriales", at: { line: 22 } }],
    },
    {
      name: "article du président du conseil départemental",
      subject: withVisa("Vu l'article L. 3221-4 du CGCT ;"),
      findings: [{ severity: "error", message: "président du conseil départemental" }],
    },
    {
      name: "secrétaire de mairie depuis 2024",
      subject: withVisa("Vu l'avis de la secrétaire de mairie ;"),
      findings: [{ severity: "info", message: "secrétaire général de mairie" }],
    },
  ],
});
