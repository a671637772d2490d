import { formatDateLong } from "@shared/domain/acts/clauses";
import { SEUIL_3500 } from "@shared/domain/common";
import { communeName, eluName, maireTitle } from "./commune-name";
import type { Block, DocumentSpec } from "./docx-kit";
import { blank, para, valueOr } from "./docx-kit";
import { letterheadOf } from "./letterhead";
import type { ConvocationMode, SeanceFacts } from "./seance-facts";
import { agendaOf } from "./seance-facts";
import { heureLongue } from "./seance-values";

const MODE_LABELS: Readonly<Record<ConvocationMode, string>> = {
  dematerialisee: "par voie dématérialisée",
  papier_domicile: "sur papier, au domicile",
  papier_autre_adresse: "sur papier, à une autre adresse",
  main_propre: "remise en main propre",
  casier_mairie: "au casier en mairie",
};

/**
 * The convocation of the council (L2121-10): sent by the maire, with the date, hour and place, the ordre du jour, the
 * note explicative de synthèse for communes of 3,500 inhabitants or more (L2121-12), and the recipients with the
 * mode and date of sending as recorded.
 */
export function convocation(facts: SeanceFacts): DocumentSpec {
  const { commune } = facts;
  const large = commune.population >= SEUIL_3500;
  const article = large ? "L. 2121-12" : "L. 2121-11";
  const sentOn = facts.convocation?.sentOn;
  const lieu = facts.lieu ? `, ${facts.lieu}` : "";
  const blocks: Block[] = [
    {
      kind: "para",
      align: "right",
      inlines: [`${communeName(commune)}, le `, sentOn ? formatDateLong(sentOn) : blank("Date d'envoi")],
    },
    { kind: "title", text: "Convocation du conseil municipal" },
    para("Madame la conseillère municipale, Monsieur le conseiller municipal,"),
    para(
      `En application des articles L. 2121-10 et ${article} du code général des collectivités territoriales, j'ai l'honneur de vous convoquer à la séance du conseil municipal qui se tiendra le ${formatDateLong(facts.date)} à ${heureLongue(facts.heure)}${lieu}.`,
    ),
    ...(facts.urgence
      ? [
          para(
            `Cette convocation est adressée en urgence (article ${article}) : le conseil municipal se prononcera d'abord sur l'urgence.`,
          ),
        ]
      : []),
    { kind: "heading", text: "Ordre du jour" },
    {
      kind: "table",
      header: ["N°", "Objet", "Rapporteur"],
      rows: agendaOf(facts).map((p) => [String(p.numero), p.titre, p.rapporteur ?? ""]),
    },
    para(
      large
        ? "Une note explicative de synthèse sur les affaires soumises à délibération est jointe à la présente convocation (article L. 2121-12 du code général des collectivités territoriales)."
        : "Les projets de délibération peuvent être consultés au secrétariat de la mairie.",
    ),
    para("Je vous prie d'agréer l'expression de mes salutations distinguées."),
    {
      kind: "signatures",
      people: [{ role: `${maireTitle(commune)},`, name: valueOr(eluName(commune.maire), "Prénom et nom du maire") }],
    },
    { kind: "heading", text: "Destinataires et envoi" },
    {
      kind: "table",
      header: ["Conseiller municipal", "Mode d'envoi", "Envoyée le"],
      rows: facts.elus.map((e) => [
        e.nom,
        facts.convocation?.mode ? MODE_LABELS[facts.convocation.mode] : blank("Mode d'envoi"),
        sentOn ? formatDateLong(sentOn) : blank("Date d'envoi"),
      ]),
    },
    para(
      "Convocation mentionnée au registre des délibérations, affichée ou publiée le ",
      blank("Date d'affichage ou de publication"),
      ".",
    ),
  ];
  return {
    title: `Convocation du conseil municipal du ${formatDateLong(facts.date)}`,
    kind: "convocation",
    seanceId: facts.seanceId,
    draft: false,
    letterhead: letterheadOf(commune),
    blocks,
  };
}
