import type { ActWindow } from "../calendar";
import { actWindows } from "../calendar";
import { executoireStatus } from "../common/executoire";
import { formatDateFr } from "../common/iso-date";
import type { ActRecord } from "./model";

/** Where an act stands on its way to being exécutoire, as the cockpit shows it. */
export interface ActStatus {
  /** Sent through the tiers de télétransmission (or handed in at the préfecture). */
  readonly transmis: boolean;
  /** The préfecture's acknowledgement is recorded: the proof of receipt, from which the act can be exécutoire. */
  readonly arRecu: boolean;
  /** Published (or, for an individual act, notified). */
  readonly publie: boolean;
  readonly executoire: boolean;
  /** The day it became exécutoire: the later of the receipt and the publication (or notification). */
  readonly executoireLe?: string;
  /** Why it is not exécutoire yet, one French sentence a missing formality, with its reference. */
  readonly raisons: readonly { readonly message: string; readonly ref: string }[];
}

const MODE_WORDS = {
  electronique: "mettre en ligne sur le site de la commune",
  affichage: "afficher en mairie",
  papier: "tenir à disposition sur papier",
} as const;

/** The day the préfecture received the act: the acknowledgement, or the day it was sent when no AR is recorded. */
export function receiptDate(record: ActRecord): string | undefined {
  return record.arLe ?? record.transmisLe;
}

/** The day it was made known: notified for an individual act, published otherwise (L2131-1). */
function publicityDate(record: ActRecord): string | undefined {
  return record.portee === "individuel" ? record.notifieLe : record.publieLe;
}

/** The act's status from its record (L2131-1, L2131-2): the cockpit and the registre read it here. */
export function actStatus(record: ActRecord): ActStatus {
  const raisons: { message: string; ref: string }[] = [];
  if (record.transmissible) {
    if (!record.transmisLe)
      raisons.push({
        message: "pas encore transmis au préfet : il n'est pas exécutoire avant sa transmission",
        ref: "CGCT L2131-1, L2131-2",
      });
    else if (!record.arLe)
      raisons.push({
        message: `transmis le ${formatDateFr(record.transmisLe)}, accusé de réception de la préfecture à enregistrer`,
        ref: "CGCT L2131-1",
      });
  }
  const known = publicityDate(record);
  if (!known)
    raisons.push(
      record.portee === "individuel"
        ? { message: "pas encore notifié à la personne qu'il concerne", ref: "CGCT L2131-1" }
        : { message: `pas encore publié : à ${MODE_WORDS[record.publication]}`, ref: "CGCT L2131-1 IV" },
    );
  // The receipt, proven by the acknowledgement, is what makes the transmission count.
  const result = executoireStatus({
    nature: record.portee,
    transmissionRequired: record.transmissible,
    ...(known ? { formaliteDate: known } : {}),
    ...(record.arLe ? { transmissionDate: record.arLe } : {}),
  });
  return {
    transmis: record.transmisLe !== undefined,
    arRecu: record.arLe !== undefined,
    publie: known !== undefined,
    executoire: result.executoire,
    ...(result.date ? { executoireLe: result.date } : {}),
    raisons,
  };
}

/**
 * The mention the registre des actes carries once the act is exécutoire: « Acte rendu exécutoire après transmission
 * le … et publication le … ». Undefined until it is.
 */
export function executoireMention(record: ActRecord): string | undefined {
  const status = actStatus(record);
  const known = publicityDate(record);
  if (!status.executoire || !known) return undefined;
  const formality = `${record.portee === "individuel" ? "notification" : "publication"} le ${formatDateFr(known)}`;
  const received = record.transmissible ? record.arLe : undefined;
  return received
    ? `Acte rendu exécutoire après transmission le ${formatDateFr(received)} et ${formality}`
    : `Acte rendu exécutoire après ${formality}`;
}

/** The windows the act has opened (recours, déféré, contrôle budgétaire), from its record. */
export function recordWindows(record: ActRecord): ActWindow[] {
  const recu = record.transmissible ? receiptDate(record) : undefined;
  return actWindows({
    individuel: record.portee === "individuel",
    ...(record.publieLe ? { publieLe: record.publieLe } : {}),
    ...(record.notifieLe ? { notifieLe: record.notifieLe } : {}),
    ...(recu ? { recuEnPrefectureLe: recu } : {}),
    ...(record.observationsLe ? { observationsLe: record.observationsLe } : {}),
    ...(record.reponseObservationsLe ? { reponseObservationsLe: record.reponseObservationsLe } : {}),
    ...(record.budget ? { budget: record.budget } : {}),
  });
}
