import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-029";

testRule(rule, {
  valid: [
    { name: "information absente", subject: s() },
    {
      name: "dans les six mois de l'installation",
      subject: s((x) => {
        x.commune = { ...x.commune, population: 1200, reglementInterieur: false, installationDate: "2024-11-01" };
      }),
    },
  ],
  invalid: [
    {
      name: "1 200 hab., pas de règlement intérieur après six mois",
      subject: s((x) => {
        x.commune = { ...x.commune, population: 1200, reglementInterieur: false, installationDate: "2020-05-25" };
      }),
      findings: [{ severity: "info", message: "1000 habitants" }],
    },
    {
      name: "800 hab., ni règlement ni délibération sur les questions orales",
      subject: s((x) => {
        x.commune = { ...x.commune, reglementInterieur: false, questionsOralesDeliberation: false };
      }),
      findings: [{ message: "questions orales" }],
    },
  ],
});
