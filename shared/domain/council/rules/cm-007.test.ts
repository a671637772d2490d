import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { actEvidence } from "../../acts/council-evidence";
import { projected, seanceEvidence } from "../evidence";
import rule from "./cm-007";

const town = (sentOn: string, note?: boolean, date = "2025-03-28") =>
  s((x) => {
    x.date = date;
    x.commune = { ...x.commune, population: 12_000 };
    x.convocation = { ...x.convocation, sentOn, ...(note === undefined ? {} : { noteDeSynthese: note }) };
  });

// The séance JSON projected into council evidence.
testRule(projected(rule, seanceEvidence), {
  valid: [
    { name: "11/09 → 18/09/2023 : 6 jours francs, note jointe", subject: town("2023-09-11", true, "2023-09-18") },
    { name: "19/03 → 26/03/2021 : 6 jours francs", subject: town("2021-03-19", true, "2021-03-26") },
    { name: "commune de moins de 3 500 hab.", subject: s() },
    {
      name: "Alsace-Moselle : 3 jours suffisent (L2541-2)",
      subject: s((x) => {
        x.commune = { ...x.commune, departement: "67", population: 9000 };
        x.convocation = { ...x.convocation, noteDeSynthese: true };
      }),
    },
  ],
  invalid: [
    {
      name: "24/03 → 28/03 : 3 jours francs",
      subject: town("2025-03-24", true),
      findings: [{ severity: "error", message: "3 jours francs, 5 requis" }],
    },
    {
      name: "11/09 → 16/09/2019 : 4 jours francs",
      subject: town("2019-09-11", true, "2019-09-16"),
      findings: [{ severity: "error", message: "4 jours francs" }],
    },
    {
      name: "pas de note de synthèse",
      subject: town("2025-03-20", false),
      findings: [{ severity: "error", at: { path: "convocation.noteDeSynthese" } }],
    },
    {
      name: "Alsace-Moselle : la note de synthèse reste due",
      subject: s((x) => {
        x.commune = { ...x.commune, departement: "57", population: 9000 };
        x.convocation = { ...x.convocation, noteDeSynthese: false };
      }),
      findings: [{ severity: "error", message: "note explicative" }],
    },
    {
      name: "urgence : le délai est abrégé, pas la note",
      subject: s((x) => {
        x.commune = { ...x.commune, population: 9000 };
        x.convocation = { ...x.convocation, sentOn: "2025-03-26", urgence: true, noteDeSynthese: false };
      }),
      findings: [{ severity: "error", message: "note explicative" }],
    },
    {
      name: "note de synthèse non renseignée",
      subject: town("2025-03-20"),
      findings: [{ severity: "warning", message: "À compléter" }],
    },
    {
      name: "population inconnue, 3 jours francs",
      subject: s((x) => {
        delete x.commune?.population;
      }),
      findings: [{ severity: "info", message: "indiquer la population" }],
    },
  ],
});

const NOTE = edit(
  DELIBERATION,
  "Date de convocation : 12/09/2023",
  "Date de convocation, avec la note explicative de synthèse : 12/09/2023",
);

// A délibération's text projected into the same evidence: one rule for both.
testRule(projected(rule, actEvidence), {
  valid: [
    { name: "5 jours francs et note de synthèse", subject: subjectOf(NOTE, { population: 5000 }) },
    { name: "commune de moins de 3 500 habitants", subject: subjectOf(DELIBERATION, { population: 600 }) },
  ],
  invalid: [
    {
      name: "4 jours francs",
      subject: subjectOf(edit(NOTE, "12/09/2023", "13/09/2023"), { population: 5000 }),
      findings: [{ severity: "error", message: "4 jours francs, 5 requis (CGCT L2121-12" }],
    },
    {
      name: "note de synthèse non mentionnée",
      subject: subjectOf(DELIBERATION, { population: 5000 }),
      findings: [{ severity: "info", message: "note explicative de synthèse" }],
    },
  ],
});
