import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-025";

testRule(rule, {
  valid: [
    { name: "numéros distincts, registre signé", subject: s() },
    {
      name: "avant 2022, l'ancien régime de signature",
      date: "2021-01-01",
      subject: s((x) => {
        x.register = { signedBy: ["Anne Leroy"] };
      }),
    },
  ],
  invalid: [
    {
      name: "deux affaires n°1",
      subject: s((x) => {
        x.points.forEach((p) => {
          p.number = 1;
        });
      }),
      findings: [{ severity: "warning", at: { path: "points[1].number" } }],
    },
    {
      name: "secrétaire n'a pas signé",
      subject: s((x) => {
        x.register = { signedBy: ["Anne Leroy"] };
      }),
      findings: [{ message: "Paul Bernard", at: { path: "register.signedBy" } }],
    },
  ],
});
