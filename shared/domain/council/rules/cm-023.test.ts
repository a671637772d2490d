import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-023";

testRule(rule, {
  valid: [
    { name: "PV arrêté, signé, publié dans la semaine", subject: s() },
    {
      name: "avant le 1er juillet 2022",
      date: "2022-06-30",
      subject: s((x) => {
        x.previousPvArrete = false;
      }),
    },
    {
      name: "échéance de publication pas encore passée",
      subject: s((x) => {
        x.pv = { arreteOn: "2025-06-12" };
      }, "2025-06-15"),
    },
    {
      name: "pas de site internet",
      subject: s((x) => {
        x.commune = { ...x.commune, website: false };
        x.pv = { arreteOn: "2025-05-16" };
      }),
    },
  ],
  invalid: [
    {
      name: "signé par le seul maire",
      subject: s((x) => {
        x.pv = { ...x.pv, signedBy: ["Anne Leroy"] };
      }),
      findings: [{ severity: "warning", message: "manque : Paul Bernard", at: { path: "pv.signedBy" } }],
    },
    {
      name: "publié au-delà de la semaine",
      subject: s((x) => {
        x.pv = { ...x.pv, publishedOnlineOn: "2025-05-26" };
      }),
      findings: [{ message: "au plus tard le 23/05/2025 (publié le 26/05/2025)" }],
    },
    {
      name: "jamais publié",
      subject: s((x) => {
        delete x.pv?.publishedOnlineOn;
      }),
      findings: [{ message: "n'est pas publié" }],
    },
    {
      name: "arrêté le jour même",
      subject: s((x) => {
        x.pv = { ...x.pv, arreteOn: "2025-03-28", publishedOnlineOn: "2025-03-29" };
      }),
      findings: [{ message: "séance suivante" }],
    },
    {
      name: "PV précédent non arrêté, pas d'exemplaire papier",
      subject: s((x) => {
        x.previousPvArrete = false;
        x.pv = { ...x.pv, paperCopy: false };
      }),
      findings: [{ message: "séance précédente" }, { message: "exemplaire papier" }],
    },
  ],
});
