import { publicityMode } from "@shared/domain/common/executoire";
// The record's model alone: the cockpit's first display does not load the envelope's rules (the dossier does).
import type { ActRecord, DossierFile, NatureActe } from "@shared/domain/transmission/model";
import { NATURE_CODES } from "@shared/domain/transmission/model";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { parisDate } from "../../common/paris-time";

const natureOf = (value: string | undefined): NatureActe | undefined =>
  NATURE_CODES.find((code) => String(code) === value);

/**
 * The domain's record of an act from its Actes item: dates on the Paris calendar, the commune's publication mode
 * (électronique from 3,500 inhabitants, L2131-1 IV), the « Publié ou notifié le » column read by the act's portée.
 * The files come from the library, when a dossier is built.
 */
export function acteRecordOf(
  acte: ActeRecord,
  commune: CommuneRecord | undefined,
  documents: readonly DossierFile[] = [],
): ActRecord {
  const portee = acte.portee ?? (acte.type === "arrete" ? "reglementaire" : "ni_ni");
  const date = (value: string | undefined) => (value ? parisDate(value) : undefined);
  const made = date(acte.publieLe);
  const nature = natureOf(acte.natureActes);
  const dates = {
    transmisLe: date(acte.transmisLe),
    arLe: date(acte.arLe),
    [portee === "individuel" ? "notifieLe" : "publieLe"]: made,
    publicationRetireeLe: date(acte.publicationRetireeLe),
    observationsLe: date(acte.observationsLe),
    reponseObservationsLe: date(acte.reponseObservationsLe),
  };
  return {
    type: acte.type,
    ...(acte.numero ? { numero: acte.numero } : {}),
    objet: acte.objet,
    date: parisDate(acte.date),
    ...(nature !== undefined ? { nature } : {}),
    ...(acte.classification ? { classification: acte.classification } : {}),
    transmissible: !acte.sansTransmission,
    portee,
    publication: publicityMode(commune?.population ?? 0, commune?.publication),
    documents,
    ...(acte.documentBudgetaire && acte.exercice !== undefined
      ? { budget: { document: acte.documentBudgetaire, exercice: acte.exercice } }
      : {}),
    ...(acte.arId ? { arId: acte.arId } : {}),
    ...Object.fromEntries(Object.entries(dates).filter(([, v]) => v !== undefined)),
  };
}
