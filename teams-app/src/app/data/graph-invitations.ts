import { z } from "zod";
import type { GraphConnection } from "@shared/data/graph/create-graph-client";
import { DataError, errorFromResponse } from "@shared/data/graph/errors";
import { send } from "@shared/data/graph/transport";
import type { GraphAnswer } from "@shared/data/graph/transport";
import type {
  Invitation,
  InvitationChannel,
  InvitationReceipt,
  InvitationSender,
} from "../../features/seance/invitation";
import { parisWallClock } from "../../common/paris-time";

/** The council meets at a Paris time: Outlook then shows 20:00 to every élu, whatever their own zone. */
export const EVENT_TIME_ZONE = "Europe/Paris";

const parisDateTime = (instant: string) => {
  const { date, time } = parisWallClock(instant);
  return { dateTime: `${date}T${time}:00`, timeZone: EVENT_TIME_ZONE };
};

/** The event's properties, sent whole on create and on update, so that an update also follows a new list of élus. */
export function eventProperties(invitation: Invitation) {
  return {
    subject: invitation.subject,
    // Text, never HTML: the convocation holds what users typed (point titles, place), which must stay text.
    body: { contentType: "text", content: invitation.body },
    start: parisDateTime(invitation.start),
    end: parisDateTime(invitation.end),
    location: { displayName: invitation.location },
    // An élu without an e-mail cannot be invited; the panel names them.
    attendees: invitation.attendees.flatMap((a) =>
      a.email ? [{ emailAddress: { address: a.email, name: a.name }, type: "required" }] : [],
    ),
    isOnlineMeeting: false,
  };
}

/** FNV-1a: a short, stable digest, so that the transactionId stays small whatever the site id's length. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/**
 * Graph creates one event per transactionId: derived from the site and the séance, a send retried after a lost
 * answer returns the event already made. After the event was deleted in Outlook, a new one gets its own id.
 */
export function transactionIdOf(siteId: string, seanceId: string, replacing?: string): string {
  return `mairie-${digest(siteId)}-seance-${seanceId}${replacing ? `-${digest(replacing)}` : ""}`;
}

const createdEvent = z.object({ id: z.string().min(1) });

function eventIdOf(answer: GraphAnswer): string {
  if (answer.status >= 300) throw errorFromResponse(answer.status, answer.body);
  const parsed = createdEvent.safeParse(answer.body);
  if (!parsed.success)
    throw new DataError(
      "Réponse inattendue du calendrier : l'invitation n'a pas d'identifiant.",
      answer.status,
      "invalidResponse",
    );
  return parsed.data.id;
}

/** Invitations through Graph's /me/events, against the tenant or the embedded store (their only difference is `channel`). */
export class GraphInvitations implements InvitationSender {
  constructor(
    private readonly connection: GraphConnection,
    private readonly siteId: string,
    private readonly channel: Exclude<InvitationChannel, "apercu">,
  ) {}

  async send(invitation: Invitation, eventId?: string): Promise<InvitationReceipt> {
    const body = eventProperties(invitation);
    if (eventId !== undefined) {
      const answer = await send(this.connection, {
        method: "PATCH",
        path: `/me/events/${encodeURIComponent(eventId)}`,
        body,
      });
      if (answer.status !== 404) return { channel: this.channel, eventId: eventIdOf(answer), updated: true };
    }
    const transactionId = transactionIdOf(this.siteId, invitation.seanceId, eventId);
    const answer = await send(this.connection, {
      method: "POST",
      path: "/me/events",
      body: { ...body, transactionId },
    });
    return { channel: this.channel, eventId: eventIdOf(answer), updated: false };
  }
}
