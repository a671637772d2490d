import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-015";

testRule(rule, {
  valid: [
    { name: "un conseiller présent", subject: s() },
    {
      name: "membres non listés : seul la présence compte",
      subject: s((x) => {
        delete x.members;
      }),
    },
  ],
  invalid: [
    {
      name: "aucun secrétaire",
      subject: s((x) => {
        x.secretaries = [];
      }),
      findings: [{ severity: "warning", message: "À compléter", at: { path: "secretaries" } }],
    },
    {
      name: "la secrétaire générale de mairie",
      subject: s((x) => {
        x.secretaries = ["Nadia Secrétaire"];
      }),
      findings: [{ severity: "warning", message: "auxiliaire (Nadia Secrétaire)", at: { path: "secretaries[0]" } }],
    },
    {
      name: "conseiller absent",
      subject: s((x) => {
        x.secretaries = ["Paul Bernard", "Lucie Morel"];
      }),
      findings: [{ at: { path: "secretaries[1]" } }],
    },
  ],
});
