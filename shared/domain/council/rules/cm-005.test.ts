import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-005";

testRule(rule, {
  valid: [
    { name: "chaque membre convoqué par voie dématérialisée", subject: s() },
    {
      name: "avant le 29/12/2019 la règle ne s'applique pas",
      date: "2019-06-01",
      subject: s((x) => {
        x.convocation?.recipients?.pop();
      }),
    },
    {
      name: "casier choisi par le conseiller",
      subject: s((x) => {
        x.convocation?.recipients?.splice(0, 1, {
          member: "Anne Leroy",
          mode: "casier_mairie",
          chosenByMember: true,
          sentOn: "2025-03-24",
        });
      }),
    },
  ],
  invalid: [
    {
      name: "un conseiller non convoqué",
      subject: s((x) => {
        x.convocation?.recipients?.pop();
      }),
      findings: [{ severity: "error", message: "Lucie Morel" }],
    },
    {
      name: "dépôt en casier sans choix, sans date d'envoi",
      subject: s((x) => {
        delete x.convocation?.sentOn;
        x.convocation?.recipients?.splice(1, 1, { member: "Paul Bernard", mode: "casier_mairie" });
      }),
      findings: [
        { severity: "warning", message: "casier", at: { path: "convocation.recipients[1]" } },
        { severity: "warning", message: "aucune date d'envoi", at: { path: "convocation.recipients[1]" } },
      ],
    },
  ],
});
