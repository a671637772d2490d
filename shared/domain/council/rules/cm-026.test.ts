import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-026";

testRule(rule, {
  valid: [
    { name: "11 en exercice pour un effectif de 15", subject: s() },
    {
      name: "commune nouvelle transitoire",
      subject: s((x) => {
        x.commune = { ...x.commune, population: 300, communeNouvelleTransitoire: true };
      }),
    },
  ],
  invalid: [
    {
      name: "11 en exercice pour 7 sièges (90 hab.)",
      subject: s((x) => {
        x.commune = { ...x.commune, population: 90 };
      }),
      findings: [{ severity: "warning", message: "effectif légal de 7", at: { path: "enExercice" } }],
    },
    {
      name: "liste de 11 noms pour 12 annoncés",
      subject: s((x) => {
        x.enExercice = 12;
      }),
      findings: [{ message: "11 noms pour 12", at: { path: "members" } }],
    },
    {
      name: "un présent qui n'est pas conseiller",
      subject: s((x) => {
        x.presents.push("Nadia Secrétaire");
      }),
      findings: [{ message: "Nadia Secrétaire", at: { path: "presents[9]" } }],
    },
    {
      name: "plus de présents que de membres",
      subject: s((x) => {
        delete x.members;
        x.enExercice = 8;
      }),
      findings: [{ message: "9 présents pour 8" }],
    },
  ],
});
