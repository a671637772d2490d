import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-027";

testRule(rule, {
  valid: [
    { name: "3 adjoints, 4 au plus pour 15 conseillers", subject: s() },
    {
      name: "4 adjoints, le maximum",
      subject: s((x) => {
        x.commune = { ...x.commune, adjoints: 4 };
      }),
    },
  ],
  invalid: [
    {
      name: "5 adjoints : texte non vérifié, jamais bloquant",
      subject: s((x) => {
        x.commune = { ...x.commune, adjoints: 5 };
      }),
      findings: [{ severity: "warning", message: "soit 4", at: { path: "commune.adjoints" } }],
    },
  ],
});
