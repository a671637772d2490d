import { formatDateLong } from "@shared/domain/acts/clauses";
import { communeName, eluName, maireTitle } from "./commune-name";
import type { DocumentSpec } from "./docx-kit";
import { blank, para, valueOr } from "./docx-kit";
import { letterheadOf } from "./letterhead";
import type { SeanceFacts } from "./seance-facts";
import { deliberationsOf } from "./seance-facts";

/**
 * The feuillet de clôture of the registre (R2121-9): the commune and the date of the séance, the numéros d'ordre of
 * the délibérations, the members present, and a place for the signatures of the maire and the secrétaire(s).
 */
export function feuilletCloture(facts: SeanceFacts): DocumentSpec {
  const { commune } = facts;
  const deliberations = deliberationsOf(facts);
  return {
    title: `Feuillet de clôture — séance du ${formatDateLong(facts.date)}`,
    kind: "feuillet-cloture",
    seanceId: facts.seanceId,
    draft: false,
    letterhead: letterheadOf(commune),
    blocks: [
      { kind: "title", text: "Registre des délibérations — feuillet de clôture" },
      para(`Commune : ${communeName(commune)} — séance du conseil municipal du ${formatDateLong(facts.date)}.`),
      para(
        "Feuillet n° ",
        blank("Numéro du feuillet"),
        " (article R. 2121-9 du code général des collectivités territoriales).",
      ),
      {
        kind: "table",
        header: ["N° d'ordre", "Objet de la délibération"],
        rows: deliberations.map((p) => [String(p.numero), p.titre]),
      },
      para("Membres présents : ", facts.presents.length > 0 ? facts.presents.join(", ") : blank("Membres présents")),
      {
        kind: "signatures",
        people: [
          { role: `${maireTitle(commune)},`, name: valueOr(eluName(commune.maire), "Prénom et nom du maire") },
          { role: "Le ou les secrétaires de séance,", name: valueOr(facts.secretaire, "Secrétaire de séance") },
        ],
      },
    ],
  };
}
