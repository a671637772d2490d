import { testRule } from "@tests/support/rule-tester";
import type { NatureActe } from "../model";
import { transmissionSubject as s } from "../record.test-support";
import rule from "./tdt-nature";

const arrete = (nature: NatureActe | undefined, portee: "individuel" | "reglementaire" | "ni_ni") =>
  s({ type: "arrete", nature, portee });

testRule(rule, {
  valid: [
    { name: "délibération en nature 1", subject: s() },
    {
      name: "budget primitif en nature 5",
      subject: s({ nature: 5, budget: { document: "primitif", exercice: 2025 } }),
    },
    { name: "arrêté réglementaire en nature 2", subject: arrete(2, "reglementaire") },
    { name: "arrêté individuel en nature 3", subject: arrete(3, "individuel") },
    { name: "arrêté en nature 6 « Autres »", subject: arrete(6, "reglementaire") },
  ],
  invalid: [
    {
      name: "absente",
      subject: s({ nature: undefined }),
      findings: [{ severity: "error", message: "1 « Délibérations »" }],
    },
    {
      name: "délibération en nature 3",
      subject: s({ nature: 3 }),
      findings: [{ message: "Une délibération ne se transmet pas" }],
    },
    {
      name: "arrêté en nature 1",
      subject: arrete(1, "reglementaire"),
      findings: [{ message: "Un arrêté ne se transmet pas" }],
    },
    { name: "convention (4) pour une délibération", subject: s({ nature: 4 }), findings: [{ severity: "error" }] },
    {
      name: "budget en nature 1",
      subject: s({ budget: { document: "compte", exercice: 2024 } }),
      findings: [{ message: "compte 2024" }],
    },
    {
      name: "arrêté individuel en nature 2",
      subject: arrete(2, "individuel"),
      findings: [{ severity: "warning", message: "3 « Actes individuels »" }],
    },
    {
      name: "nature hors de 1 à 6 (lue d'un fichier)",
      subject: s({ nature: 9 as NatureActe }),
      findings: [{ message: "« 9 » inconnue" }],
    },
  ],
});
