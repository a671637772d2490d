import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-009";

const moselle = (sentOn: string, urgence = false, voted = true) =>
  s((x) => {
    x.commune = { ...x.commune, departement: "57", population: 9000 };
    x.convocation = { ...x.convocation, sentOn, urgence, urgenceVotedAtOpening: voted };
  });

testRule(rule, {
  valid: [
    { name: "Moselle ≥ 3 500 hab. : 3 jours suffisent", subject: moselle("2025-03-24") },
    { name: "urgence : la veille", subject: moselle("2025-03-27", true) },
    {
      name: "hors Alsace-Moselle",
      subject: s((x) => {
        x.convocation = { ...x.convocation, sentOn: "2025-03-27" };
      }),
    },
  ],
  invalid: [
    {
      name: "2 jours seulement",
      subject: moselle("2025-03-25"),
      findings: [{ severity: "error", message: "trois jours au moins" }],
    },
    {
      name: "urgence le jour même",
      subject: moselle("2025-03-28", true),
      findings: [{ severity: "error", message: "la veille" }],
    },
    {
      name: "urgence non décidée à l'ouverture",
      subject: moselle("2025-03-27", true, false),
      findings: [{ severity: "warning", message: "s'il y avait urgence" }],
    },
  ],
});
