import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-003";

const counts = (line: string) =>
  subjectOf(edit(DELIBERATION, "Nombre de conseillers en exercice : 15, présents : 11, votants : 13", line));

testRule(rule, {
  valid: [
    {
      name: "15 en exercice, 11 présents, 2 pouvoirs, 13 votants",
      subject: subjectOf(DELIBERATION, { population: 600 }),
    },
    {
      name: "quorum au tiers pendant la crise sanitaire",
      subject: subjectOf(edit(DELIBERATION, "Vote :", "Quorum : le tiers des membres.\nVote :")),
      date: "2021-02-01",
    },
  ],
  invalid: [
    {
      name: "décompte absent",
      subject: counts("Séance ordinaire"),
      findings: [
        { severity: "warning", message: "nombre de conseillers en exercice, nombre de présents, nombre de votants" },
      ],
    },
    {
      name: "plus de présents que de conseillers en exercice",
      subject: counts("En exercice : 15, présents : 16, votants : 16"),
      findings: [{ severity: "error", message: "16 présents pour 15" }],
    },
    {
      name: "plus de votants que de présents et de pouvoirs comptés",
      subject: counts("En exercice : 15, présents : 11, représentés : 2, votants : 14"),
      findings: [{ severity: "error", message: "14 votants pour 11 présents et 2 pouvoirs", at: { line: 12 } }],
    },
    {
      // Issue 11: a list of pouvoirs may be longer than what the parser read (a second page, a wording it misses).
      name: "plus de votants que de présents et de pouvoirs lus dans la liste : à vérifier",
      subject: counts("En exercice : 15, présents : 11, votants : 14"),
      findings: [{ severity: "warning", message: /^À vérifier : 14 votants pour 11 présents et 2 pouvoirs/ }],
    },
    {
      name: "effectif supérieur à l'effectif légal",
      subject: subjectOf(DELIBERATION, { population: 450 }),
      findings: [{ severity: "warning", message: "effectif légal de 11" }],
    },
    {
      name: "quorum au tiers après le 31 juillet 2022",
      subject: subjectOf(edit(DELIBERATION, "Vote :", "Quorum : le tiers des membres.\nVote :")),
      findings: [{ severity: "warning", message: "dérogations liées à la crise sanitaire" }],
    },
  ],
});
