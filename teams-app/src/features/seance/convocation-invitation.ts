import { formatDateFr } from "@shared/domain/common";
import { elusOf } from "./council-seance";
import type { SeanceBundle } from "./council-seance";
import type { Invitation, InvitationReceipt } from "./invitation";
import { parisWallClock } from "../../common/paris-time";

/** A council meeting is booked for three hours: long enough for a full agenda, short enough not to block the evening. */
const DURATION_MS = 3 * 3_600_000;

/** The Outlook invitation of the convocation: the séance's time and place, its text, every élu of the commune. */
export function convocationInvitation({ seance, membres }: SeanceBundle, text: string): Invitation {
  return {
    seanceId: seance.id,
    subject: `Conseil municipal du ${formatDateFr(parisWallClock(seance.date).date)}`,
    body: text,
    start: seance.date,
    end: new Date(Date.parse(seance.date) + DURATION_MS).toISOString(),
    location: seance.lieu?.trim() || "Mairie",
    attendees: elusOf(membres).map((m) => ({ name: m.nom, ...(m.email ? { email: m.email } : {}) })),
  };
}

const WHERE: Readonly<Record<InvitationReceipt["channel"], string>> = {
  outlook: "invitation Outlook envoyée aux élus",
  "stockage-local":
    "invitation Outlook enregistrée dans le calendrier du stockage local (aucun courriel ne part de ce poste)",
  apercu: "invitation Outlook simulée (aperçu)",
};

/** What the panel says about the invitation, once it was sent, updated or refused. */
export function invitationNotice(outcome: InvitationReceipt | Error, invitation: Invitation): string {
  if (outcome instanceof Error) return `invitation Outlook non envoyée : ${outcome.message}`;
  const where = `${WHERE[outcome.channel]}${outcome.updated ? " (mise à jour de l'invitation déjà envoyée)" : ""}`;
  const missing = invitation.attendees.filter((a) => !a.email).map((a) => a.name);
  return missing.length > 0 ? `${where} ; sans courriel, non invité(s) : ${missing.join(", ")}` : where;
}
