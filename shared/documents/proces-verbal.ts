import { formatDateLong } from "@shared/domain/acts/clauses";
import { quorumRequired } from "@shared/domain/common";
import { communeDe, eluName, maireTitle } from "./commune-name";
import type { Block, DocumentSpec, Inline } from "./docx-kit";
import { blank, para, valueOr } from "./docx-kit";
import { letterheadOf } from "./letterhead";
import type { PointFacts, SeanceFacts } from "./seance-facts";
import { absentsOf, adopted, agendaOf, attendanceCounts } from "./seance-facts";
import { heureLongue } from "./seance-values";

function pointBlocks(point: PointFacts): Block[] {
  const result: Inline[] =
    point.nature !== "deliberation"
      ? ["Point d'information, sans vote."]
      : point.vote
        ? [
            `Résultat du scrutin : pour ${point.vote.pour}, contre ${point.vote.contre}, abstentions ${point.vote.abstentions}. La délibération est ${adopted(point.vote) ? "adoptée" : "rejetée"}.`,
          ]
        : ["Résultat du scrutin : ", blank("Résultat du scrutin")];
  return [
    { kind: "heading", text: `${point.numero}. ${point.titre}` },
    para("Rapporteur : ", valueOr(point.rapporteur, "Rapporteur")),
    para("Rapport présenté : ", point.expose ? point.expose : blank("Rapport au vu duquel le conseil a délibéré")),
    para("Teneur des discussions : ", blank("Teneur des discussions")),
    ...(point.nature === "deliberation" ? [para("Demande de scrutin particulier : ", blank("Néant ou demande"))] : []),
    para(...result),
  ];
}

/** The procès-verbal of the séance with the content L2121-15 requires since 1 July 2022. */
export function procesVerbal(facts: SeanceFacts): DocumentSpec {
  const { commune } = facts;
  const counts = attendanceCounts(facts);
  const absents = absentsOf(facts);
  const quorum: Inline[] = counts
    ? [
        `Quorum : ${counts.presents} présents pour ${counts.enExercice} conseillers en exercice (quorum : ${quorumRequired(counts.enExercice)}) ; le quorum est ${counts.presents >= quorumRequired(counts.enExercice) ? "atteint" : "non atteint"}.`,
      ]
    : ["Quorum : ", blank("Présents et quorum")];
  const maire = eluName(commune.maire);
  return {
    title: `Procès-verbal de la séance du ${formatDateLong(facts.date)}`,
    kind: "proces-verbal",
    seanceId: facts.seanceId,
    draft: false,
    letterhead: letterheadOf(commune),
    blocks: [
      { kind: "title", text: "Procès-verbal de la séance du conseil municipal" },
      para(
        `Le conseil municipal ${communeDe(commune)} s'est réuni le ${formatDateLong(facts.date)} à ${heureLongue(facts.heure)}${facts.lieu ? `, ${facts.lieu}` : ""}, sous la présidence de `,
        valueOr(maire, "Président de séance"),
        ".",
      ),
      para("Présents : ", facts.presents.length > 0 ? facts.presents.join(", ") : blank("Conseillers présents")),
      para(
        "Représentés : ",
        counts
          ? facts.procurations.length > 0
            ? facts.procurations.map((p) => `${p.mandant} (pouvoir à ${p.mandataire})`).join(", ")
            : "néant"
          : blank("Pouvoirs"),
      ),
      para("Absents : ", counts ? (absents.length > 0 ? absents.join(", ") : "néant") : blank("Absents")),
      para("Secrétaire de séance : ", valueOr(facts.secretaire, "Secrétaire de séance")),
      para(...quorum),
      { kind: "heading", text: "Ordre du jour" },
      ...agendaOf(facts).map((p) => para(`${p.numero}. ${p.titre}`)),
      ...agendaOf(facts).flatMap(pointBlocks),
      para("Procès-verbal arrêté au commencement de la séance suivante, le ", blank("Date de la séance suivante"), "."),
      {
        kind: "signatures",
        people: [
          { role: `${maireTitle(commune)},`, name: valueOr(maire, "Prénom et nom du maire") },
          { role: "Le secrétaire de séance,", name: valueOr(facts.secretaire, "Secrétaire de séance") },
        ],
      },
    ],
  };
}
