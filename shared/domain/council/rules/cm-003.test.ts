import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-003";

testRule(rule, {
  valid: [
    { name: "ordre du jour, heure et lieu indiqués", subject: s() },
    {
      name: "convocation non renseignée",
      subject: s((x) => {
        delete x.convocation;
      }),
    },
    {
      name: "convocation par le remplaçant du maire",
      subject: s((x) => {
        x.convocation = { ...x.convocation, issuedBy: "remplacant" };
      }),
    },
  ],
  invalid: [
    {
      name: "ordre du jour vide",
      subject: s((x) => {
        x.convocation = { ...x.convocation, agenda: [] };
      }),
      findings: [{ severity: "error", at: { path: "convocation.agenda" } }],
    },
    {
      name: "ni convocation ni point à l'ordre du jour",
      subject: s((x) => {
        delete x.convocation;
        x.points = [];
      }),
      findings: [{ severity: "warning", message: "aucun point", at: { path: "points" } }],
    },
    {
      name: "ordre du jour non renseigné",
      subject: s((x) => {
        delete x.convocation?.agenda;
      }),
      findings: [{ severity: "warning", message: "À compléter" }],
    },
    {
      name: "heure et lieu manquants",
      subject: s((x) => {
        delete x.time;
        delete x.place;
      }),
      findings: [{ severity: "warning", message: "l'heure et le lieu" }],
    },
    {
      name: "convocation signée par un agent",
      subject: s((x) => {
        x.convocation = { ...x.convocation, issuedBy: "autre" };
      }),
      findings: [{ severity: "warning", message: "par le maire" }],
    },
  ],
});
