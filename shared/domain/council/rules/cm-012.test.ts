import { actText, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import { actEvidence } from "../../acts/council-evidence";
import { projected, seanceEvidence } from "../evidence";
import rule from "./cm-012";

// The séance JSON projected into council evidence.
testRule(projected(rule, seanceEvidence), {
  valid: [
    { name: "9 présents sur 11, intéressés retirés : 8 ≥ 6", subject: s() },
    {
      name: "6 présents sur 11 exactement",
      subject: s((x) => {
        x.presents = x.presents.slice(0, 6);
        x.points = [];
      }),
    },
    {
      name: "seconde convocation : sans condition de quorum",
      subject: s((x) => {
        x.presents = x.presents.slice(0, 3);
        x.secondConvocation = { firstSeanceDate: "2025-03-20" };
      }),
    },
    {
      name: "représentants L1111-6 retirés des membres en exercice",
      subject: s((x) => {
        x.presents = x.presents.slice(0, 6);
        x.points = [
          { subject: "Syndicat des eaux", presentCount: 6, nonParticipants: ["Anne Leroy"], excludedFromExercice: 2 },
        ];
      }),
    },
    {
      name: "période COVID : 3 présents + 1 pouvoir ≥ 11/3",
      date: "2021-03-01",
      subject: s((x) => {
        x.presents = ["Anne Leroy", "Paul Bernard", "Luc Durand"];
        x.points = [];
      }),
    },
  ],
  invalid: [
    {
      name: "un seul présent : le nombre accorde son nom",
      subject: s((x) => {
        x.presents = x.presents.slice(0, 1);
        x.points = [];
      }),
      findings: [{ message: "Quorum non atteint à l'ouverture : 1 membre présent pour 6 requis" }],
    },
    {
      name: "5 présents sur 11, les pouvoirs ne comptent pas",
      subject: s((x) => {
        x.presents = x.presents.slice(0, 5);
        x.points = [];
      }),
      findings: [{ severity: "error", message: "5 membres présents pour 6 requis", at: { path: "presents" } }],
    },
    {
      name: "quorum perdu par l'intéressé qui reste dans la salle",
      subject: s((x) => {
        x.presents = x.presents.slice(0, 6);
        x.points = [{ subject: "Vente d'un terrain à M. Petit", nonParticipants: ["Marie Petit"] }];
      }),
      findings: [
        { severity: "error", message: "5 membres pouvant délibérer pour 6 requis", at: { path: "points[0]" } },
      ],
    },
    {
      name: "départs avant la mise en discussion",
      subject: s((x) => {
        x.points = [{ subject: "Voirie", presentCount: 5 }];
      }),
      findings: [{ at: { path: "points[0]" } }],
    },
    {
      name: "période COVID, point : seul le tiers est atteint",
      date: "2021-03-01",
      subject: s((x) => {
        x.presents = x.presents.slice(0, 6);
        x.points = [{ subject: "Voirie", presentCount: 4 }];
      }),
      findings: [{ severity: "info", message: "règle dérogatoire COVID" }],
    },
  ],
});

const QUORUM = actText("invalid.quorum-non-atteint.txt");

// A délibération's text projected into the same evidence: one rule for both.
testRule(projected(rule, actEvidence), {
  valid: [
    { name: "11 présents sur 15", subject: subjectOf(DELIBERATION) },
    {
      name: "6 présents et 3 pouvoirs sur 15 pendant la crise sanitaire",
      subject: subjectOf(QUORUM),
      date: "2021-03-01",
    },
    {
      name: "seconde convocation",
      subject: subjectOf(
        edit(
          QUORUM,
          "Convocation adressée",
          "Seconde convocation, le quorum n'ayant pas été atteint le 30 octobre 2023. Convocation adressée",
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "6 présents sur 15 : pouvoirs non comptés",
      subject: subjectOf(QUORUM),
      findings: [{ severity: "error", message: "le quorum est de 8", at: { line: 8 } }],
    },
    {
      name: "4 présents sur 15 pendant la crise sanitaire",
      subject: subjectOf(edit(QUORUM, "Présents : 6 – Pouvoirs : 3", "Présents : 3 – Pouvoirs : 1")),
      date: "2021-03-01",
      findings: [{ message: "tiers (5)" }],
    },
  ],
});
