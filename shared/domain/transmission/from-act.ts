import type { Matter } from "../acts/classify";
import { isTransmissible } from "../acts/classify";
import type { ActSubject } from "../acts/subject";
import type { PublicationMode } from "../commune/profile";
import type { ActRecord, NatureActe } from "./model";

/**
 * The sous-matière an act's subject usually falls under, offered before the secretary confirms it: the
 * prefecture's file is the authority, so a guess never replaces a classification already chosen.
 */
const CLASSIFICATION_HINTS: readonly (readonly [Matter, string])[] = [
  ["taux", "7.2"],
  ["subvention", "7.5"],
  ["indemnites", "5.6"],
  ["creation-emploi", "4.1"],
  ["personnel", "4.1"],
  ["delegation-fonction", "5.4"],
  ["delegation-conseil", "5.2"],
  ["circulation", "6.1"],
  ["police", "6.1"],
  ["urbanisme", "2.2"],
];

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * The record an act's text already fills: type, numéro, objet, date, nature, portée and whether L2131-2 sends it to
 * the préfet (the acts checker's classification, so that a police de la circulation arrêté is recognised once),
 * and the transmission and publication mentions it carries. Documents and the acknowledgement come later.
 */
export function recordFromAct(subject: ActSubject, publication: PublicationMode): ActRecord {
  const { act, matters, nature } = subject;
  const code: NatureActe = act.kind === "deliberation" ? 1 : nature === "individuel" ? 3 : 2;
  const classification = CLASSIFICATION_HINTS.find(([matter]) => matters.has(matter))?.[1];
  const transmisLe = act.mentions.transmission?.iso;
  const publieLe = act.mentions.publication?.iso;
  return {
    type: act.kind,
    ...(act.numero ? { numero: oneLine(act.numero.text) } : {}),
    ...(act.objet ? { objet: oneLine(act.objet.text) } : {}),
    ...(act.date ? { date: act.date.iso } : {}),
    nature: code,
    ...(classification ? { classification } : {}),
    transmissible: isTransmissible(act.kind, matters, nature),
    portee: nature,
    publication,
    documents: [],
    ...(transmisLe ? { transmisLe } : {}),
    ...(publieLe ? { publieLe } : {}),
  };
}
