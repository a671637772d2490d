import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-010";

const elsewhere = (designated?: boolean) =>
  s((x) => {
    x.placeIsMairie = false;
    x.place = "Salle des fêtes";
    if (designated !== undefined) x.placeDesignatedByDeliberation = designated;
  });

testRule(rule, {
  valid: [
    { name: "à la mairie", subject: s() },
    { name: "autre lieu désigné par délibération", subject: elsewhere(true) },
  ],
  invalid: [
    {
      name: "salle des fêtes sans délibération",
      subject: elsewhere(false),
      findings: [{ severity: "warning", at: { path: "place" } }],
    },
    {
      name: "pendant la période COVID",
      date: "2021-02-01",
      subject: elsewhere(),
      findings: [{ severity: "info", message: "COVID" }],
    },
  ],
});
