import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-028";

testRule(rule, {
  valid: [
    { name: "pas de demande", subject: s() },
    {
      name: "réunie 25 jours après la demande de 6 membres",
      subject: s((x) => {
        x.requestedMeeting = { requestedOn: "2025-03-03", by: "membres", membersCount: 6 };
      }),
    },
    {
      name: "Alsace-Moselle",
      subject: s((x) => {
        x.commune = { ...x.commune, departement: "67" };
        x.requestedMeeting = { requestedOn: "2025-01-03", by: "prefet" };
      }),
    },
  ],
  invalid: [
    {
      name: "réunie 40 jours après la demande du préfet",
      subject: s((x) => {
        x.requestedMeeting = { requestedOn: "2025-02-16", by: "prefet" };
      }),
      findings: [{ severity: "warning", message: "40 jours" }],
    },
    {
      name: "moins de 1 000 hab. : la majorité est requise",
      subject: s((x) => {
        x.requestedMeeting = { requestedOn: "2025-03-03", by: "membres", membersCount: 4 };
      }),
      findings: [{ severity: "info", message: "au moins 6" }],
    },
    {
      name: "avant mars 2020, seuil de 3 500",
      date: "2019-06-01",
      subject: s((x) => {
        x.commune = { ...x.commune, population: 2000 };
        x.requestedMeeting = { requestedOn: "2025-03-03", by: "membres", membersCount: 4 };
      }),
      findings: [{ message: "au moins 6" }],
    },
  ],
});
