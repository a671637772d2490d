import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { actEvidence } from "../../acts/council-evidence";
import { projected, seanceEvidence } from "../evidence";
import rule from "./cm-022";

// The séance JSON projected into council evidence.
testRule(projected(rule, seanceEvidence), {
  valid: [
    { name: "président élu, maire retiré", subject: s() },
    {
      name: "maire absent sans pouvoir",
      subject: s((x) => {
        x.presents = x.presents.filter((n) => n !== "Anne Leroy");
        x.points.forEach((p) => {
          p.nonParticipants = [];
        });
      }),
    },
  ],
  invalid: [
    {
      name: "le maire préside le compte administratif",
      subject: s((x) => {
        x.points.forEach((p) => {
          delete p.president;
        });
      }),
      findings: [{ severity: "error", message: "ne peut pas présider", at: { path: "points[0].president" } }],
    },
    {
      name: "le maire prend part au vote",
      subject: s((x) => {
        x.points.forEach((p) => {
          if (p.kind) p.nonParticipants = [];
        });
      }),
      findings: [{ severity: "error", message: "doit se retirer", at: { path: "points[0].nonParticipants" } }],
    },
  ],
});

const EXPOSE = "Le Maire expose au conseil municipal la proposition de la commission des affaires scolaires.";
const ARTICLE = /Article 1er : .*/;
/** The invented délibération turned into the vote of a compte administratif, told in `words`. */
const compte = (words: string, article = "Article 1er : Le conseil municipal approuve le compte administratif 2022.") =>
  subjectOf(
    edit(
      edit(edit(DELIBERATION, /Objet : .*/, "Objet : Compte administratif 2022 du budget communal"), EXPOSE, words),
      ARTICLE,
      article,
    ),
  );
const ELECTED = "M. Paul LEROY, doyen, est élu président de séance pour le vote du compte administratif.";

// A délibération's text projected into the same evidence: one rule for both.
testRule(projected(rule, actEvidence), {
  valid: [
    { name: "président élu, maire retiré", subject: compte(`${ELECTED}\nMonsieur le Maire s'est retiré de la salle.`) },
    {
      name: "« sous la présidence de » l'adjointe « délibérant sur le compte administratif », maire sorti",
      subject: compte(
        "Sous la présidence de Mme Marie LEFEBVRE, première adjointe, délibérant sur le compte administratif 2022 dressé par M. Jean DUPONT, Maire,\nM. Jean DUPONT, Maire, a quitté la salle et ne prend pas part au vote.",
      ),
    },
    {
      name: "le maire ne prend pas part au vote",
      subject: compte(`${ELECTED}\nLe Maire ne prend pas part au vote.`),
    },
    {
      name: "le maire cède la présidence puis quitte la salle",
      subject: compte("Le Maire cède la présidence à M. Paul LEROY puis quitte la salle pour le vote."),
    },
    { name: "délibération sans compte administratif", subject: subjectOf(DELIBERATION) },
    {
      name: "affectation du résultat « après avoir approuvé le compte administratif » : un vote antérieur",
      subject: compte(
        "Le Maire présente le résultat de l'exercice 2022.",
        "Article 1er : Le conseil municipal, après avoir approuvé le compte administratif 2022, affecte le résultat au compte 1068.",
      ),
    },
    {
      name: "élection du seul président de séance, le compte voté par une autre délibération",
      subject: compte(ELECTED, "Article 1er : M. Paul LEROY est élu président de séance."),
    },
  ],
  invalid: [
    {
      name: "le maire, nommé par son titre, préside le vote",
      subject: compte(
        "Sous la présidence de M. Jean DUPONT, Maire, délibérant sur le compte administratif 2022,\nle Maire s'étant retiré au moment du vote.",
      ),
      findings: [{ severity: "error", message: "sous la présidence du maire", at: { line: 27 } }],
    },
    {
      name: "le maire, nommé seulement, préside le vote",
      subject: compte(
        "Sous la présidence de M. Jean DUPONT, délibérant sur le compte administratif 2022,\nle Maire s'étant retiré au moment du vote.",
      ),
      findings: [{ severity: "error", message: "sous la présidence du maire" }],
    },
    {
      name: "aucun autre président nommé : la présidence du maire en tête de séance est à vérifier",
      subject: compte("Le Maire s'est retiré au moment du vote."),
      findings: [
        {
          severity: "warning",
          message:
            /^À vérifier : Compte administratif voté sous la présidence du maire.*lu : « L'an deux mil vingt-trois/,
          at: { line: 9 },
        },
      ],
    },
    {
      name: "retrait du maire non mentionné",
      subject: compte(ELECTED),
      findings: [{ severity: "warning", message: "mention du retrait du maire au moment du vote à compléter" }],
    },
  ],
});
