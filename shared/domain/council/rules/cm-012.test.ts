import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-012";

testRule(rule, {
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
