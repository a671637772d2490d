import { formatDateLong } from "@shared/domain/acts/clauses";
import { communeDe, eluName, maireTitle } from "./commune-name";
import type { DocumentSpec } from "./docx-kit";
import { blank, para, valueOr } from "./docx-kit";
import { letterheadOf } from "./letterhead";
import type { SeanceFacts } from "./seance-facts";
import { adopted, deliberationsOf } from "./seance-facts";

/** The liste des délibérations examinées, posted and put online within a week (L2121-25). */
export function listeDeliberations(facts: SeanceFacts): DocumentSpec {
  const { commune } = facts;
  return {
    title: `Liste des délibérations du ${formatDateLong(facts.date)}`,
    kind: "liste-deliberations",
    seanceId: facts.seanceId,
    draft: false,
    letterhead: letterheadOf(commune),
    blocks: [
      { kind: "title", text: "Liste des délibérations examinées par le conseil municipal" },
      para(
        `Séance du ${formatDateLong(facts.date)} — article L. 2121-25 du code général des collectivités territoriales.`,
      ),
      {
        kind: "table",
        header: ["N°", "Objet", "Décision", "Vote"],
        rows: deliberationsOf(facts).map((p) => [
          String(p.numero),
          p.titre,
          p.vote ? (adopted(p.vote) ? "adoptée" : "rejetée") : blank("Décision"),
          p.vote ? `pour ${p.vote.pour}, contre ${p.vote.contre}, abstentions ${p.vote.abstentions}` : blank("Vote"),
        ]),
      },
      para(`Affichée à la mairie ${communeDe(commune)} et mise en ligne le `, blank("Date d'affichage"), "."),
      {
        kind: "signatures",
        people: [{ role: `${maireTitle(commune)},`, name: valueOr(eluName(commune.maire), "Prénom et nom du maire") }],
      },
    ],
  };
}
