import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-021";

testRule(rule, {
  valid: [
    { name: "la présidente de l'association a quitté la salle", subject: s() },
    {
      name: "aucun intéressé",
      subject: s((x) => {
        x.points.forEach((p) => {
          delete p.interested;
        });
      }),
    },
  ],
  invalid: [
    {
      name: "la présidente de l'association a voté la subvention",
      subject: s((x) => {
        x.points.forEach((p) => {
          if (p.interested) p.nonParticipants = [];
        });
      }),
      findings: [
        { severity: "error", message: "Julie Blanc, intéressé(e)", at: { path: "points[1].nonParticipants" } },
      ],
    },
    {
      name: "intéressé porteur d'un pouvoir",
      subject: s((x) => {
        x.points.forEach((p) => {
          if (p.interested) {
            p.interested = ["Luc Durand"];
            p.nonParticipants = ["Luc Durand"];
          }
        });
      }),
      findings: [{ severity: "warning", message: "pouvoir" }],
    },
  ],
});
