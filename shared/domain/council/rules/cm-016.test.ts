import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-016";

testRule(rule, {
  valid: [
    { name: "séance publique", subject: s() },
    {
      name: "demande de trois membres, majorité absolue des 10 présents ou représentés",
      subject: s((x) => {
        x.huisClos = { requestedBy: ["Paul Bernard", "Marie Petit", "Luc Durand"], vote: { pour: 6, contre: 4 } };
      }),
    },
  ],
  invalid: [
    {
      name: "demandé par deux membres",
      subject: s((x) => {
        x.huisClos = { requestedBy: ["Paul Bernard", "Marie Petit"], vote: { pour: 9, contre: 0 } };
      }),
      findings: [{ severity: "error", message: "2 demandeur(s)" }],
    },
    {
      name: "sans vote",
      subject: s((x) => {
        x.huisClos = { requestedBy: "maire" };
      }),
      findings: [{ severity: "error", message: "vote du conseil" }],
    },
    {
      name: "5 voix sur 10",
      subject: s((x) => {
        x.huisClos = { requestedBy: "maire", vote: { pour: 5, contre: 5 } };
      }),
      findings: [{ severity: "error", message: "des 10 membres présents ou représentés (6)" }],
    },
  ],
});
