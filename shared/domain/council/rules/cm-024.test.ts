import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-024";

testRule(rule, {
  valid: [
    { name: "affichée et en ligne le lundi suivant", subject: s() },
    {
      name: "dans la semaine, non encore renseignée",
      subject: s((x) => {
        delete x.deliberationsList;
      }, "2025-04-03"),
    },
    {
      name: "avant la réforme du 1er juillet 2022",
      date: "2022-06-01",
      subject: s((x) => {
        delete x.deliberationsList;
      }),
    },
  ],
  invalid: [
    {
      name: "affichée après une semaine",
      subject: s((x) => {
        x.deliberationsList = { postedOn: "2025-04-07", onlineOn: "2025-03-31" };
      }),
      findings: [
        {
          severity: "warning",
          message: "affichée à la mairie au plus tard le 04/04/2025 (fait le 07/04/2025)",
          at: { path: "deliberationsList.postedOn" },
        },
      ],
    },
    {
      name: "jamais mise en ligne",
      subject: s((x) => {
        x.deliberationsList = { postedOn: "2025-03-31" };
      }),
      findings: [{ message: "mise en ligne", at: { path: "deliberationsList.onlineOn" } }],
    },
  ],
});
