/** The Outlook invitation that accompanies a convocation (one event, every élu invited). */
export interface Invitation {
  /** The séance it invites to: a send retried for the same séance never makes a second event. */
  readonly seanceId: string;
  readonly subject: string;
  /** Plain text: Outlook shows it as is, nothing in it is read as HTML. */
  readonly body: string;
  /** UTC instants, as SharePoint stores the séance's date. */
  readonly start: string;
  readonly end: string;
  readonly location: string;
  readonly attendees: readonly { readonly name: string; readonly email?: string }[];
}

/**
 * Where the invitation went: the tenant's Outlook (Graph), the embedded store's calendar (same Graph calls, no mail
 * leaves the machine), or nowhere but the page (a page without any store, such as the component tests).
 */
export type InvitationChannel = "outlook" | "stockage-local" | "apercu";

export interface InvitationReceipt {
  readonly channel: InvitationChannel;
  /** The event's id, kept on the séance so that a later send updates the same event. */
  readonly eventId: string;
  /** True when an existing event was changed rather than a new one created. */
  readonly updated: boolean;
}

/**
 * Sends the invitation, or updates the event `eventId` sent before for the same séance. Inside a tenant this is
 * Graph's POST or PATCH /me/events (Calendars.ReadWrite, delegated), which Outlook delivers to the attendees.
 */
export interface InvitationSender {
  send(invitation: Invitation, eventId?: string): Promise<InvitationReceipt>;
}

/** The sender of a page with no store at all: the invitations stay in memory. */
export class PreviewInvitations implements InvitationSender {
  readonly sent = new Map<string, Invitation>();

  send(invitation: Invitation, eventId?: string): Promise<InvitationReceipt> {
    const updated = eventId !== undefined && this.sent.has(eventId);
    const id = updated ? eventId : `apercu-${invitation.seanceId}`;
    this.sent.set(id, invitation);
    return Promise.resolve({ channel: "apercu", eventId: id, updated });
  }
}
