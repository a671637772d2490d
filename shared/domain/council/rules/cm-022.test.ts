import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-022";

testRule(rule, {
  valid: [
    { name: "président élu, maire retiré", subject: s() },
    {
      name: "maire absent sans pouvoir",
      subject: s((x) => {
        x.presents = x.presents.filter((n) => n !== "Anne Leroy");
        x.points.forEach((p) => {
          p.nonParticipants = [];
        });
      }),
    },
  ],
  invalid: [
    {
      name: "le maire préside le compte administratif",
      subject: s((x) => {
        x.points.forEach((p) => {
          delete p.president;
        });
      }),
      findings: [{ severity: "error", message: "ne peut pas présider", at: { path: "points[0].president" } }],
    },
    {
      name: "le maire prend part au vote",
      subject: s((x) => {
        x.points.forEach((p) => {
          if (p.kind) p.nonParticipants = [];
        });
      }),
      findings: [{ severity: "error", message: "doit se retirer", at: { path: "points[0].nonParticipants" } }],
    },
  ],
});
