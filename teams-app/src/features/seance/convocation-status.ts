import { addDays, formatDateFr } from "@shared/domain/common";
import type { ConvocationRequirement } from "@shared/domain/common";
import type { InvitationReceipt } from "./invitation";
import { CONVOCATION_MODE_LABELS } from "./seance-details";
import type { SeanceDetails } from "./seance-details";

/** What the convocation panel says above its form: the delay, then whether it is late, to resend, or sent. */
export interface ConvocationStatus {
  readonly deadline: string;
  readonly late?: string;
  readonly resend?: string;
  readonly sent?: string;
}

export function convocationStatus(args: {
  /** The séance's Paris date (yyyy-mm-dd). */
  readonly date: string;
  readonly latest: string;
  readonly requirement: ConvocationRequirement;
  readonly sent: SeanceDetails["convocation"];
  readonly resend: boolean;
  readonly today: string;
}): ConvocationStatus {
  const { date, latest, requirement, sent, resend, today } = args;
  return {
    deadline: `À envoyer au plus tard le ${formatDateFr(latest)} : ${requirement.days} jours francs avant la séance du ${formatDateFr(date)} (${requirement.ref}).`,
    ...(latest < today && (!sent || resend)
      ? {
          late: `Le délai est dépassé depuis le ${formatDateFr(addDays(latest, 1))} : la séance doit être reportée ou l'urgence justifiée.`,
        }
      : {}),
    ...(sent && resend
      ? {
          resend: `La convocation envoyée le ${formatDateFr(sent.sentOn)} annonçait une autre date, heure ou un autre lieu : renvoyez-la ; l'invitation Outlook sera mise à jour au renvoi.`,
        }
      : {}),
    ...(sent && !resend
      ? {
          sent: `Convocation envoyée le ${formatDateFr(sent.sentOn)}${sent.mode ? ` — ${CONVOCATION_MODE_LABELS[sent.mode]}` : ""}.`,
        }
      : {}),
  };
}

/** A new Outlook event id is saved with the convocation; a failed or unchanged invitation leaves the column alone. */
export const invitationIdPatch = (
  outcome: InvitationReceipt | Error,
  current: string | undefined,
): { readonly invitationId?: string } =>
  outcome instanceof Error || outcome.eventId === current ? {} : { invitationId: outcome.eventId };

/** What the panel says once the convocation is written, or kept in the outbox, and where its invitation went. */
export const convocationNotice = (saved: boolean, where: string): string =>
  saved ? `Convocation enregistrée ; ${where}.` : `Convocation gardée en attente d'envoi au serveur ; ${where}.`;

/**
 * Where the form shows what stops the sending: an empty agenda is no fault of the sending date, so it stands in a
 * banner of its own; any other problem is the date field's error.
 */
export const sendingProblemPlace = (
  problem: string | undefined,
  emptyAgenda: boolean,
): { readonly field: string | undefined; readonly banner: string | undefined } =>
  emptyAgenda ? { field: undefined, banner: problem } : { field: problem, banner: undefined };
