/** The Outlook invitation that accompanies a convocation (one event, every élu invited). */
export interface Invitation {
  readonly subject: string;
  readonly body: string;
  /** UTC instants, as Graph's event start and end. */
  readonly start: string;
  readonly end: string;
  readonly location: string;
  readonly attendees: readonly { readonly name: string; readonly email?: string }[];
}

/**
 * Sends the invitation. Inside a tenant this is Graph's POST /me/events (Calendars.ReadWrite, delegated), which
 * Outlook delivers to the attendees; the preview keeps the invitations in memory so the page can show them.
 */
export interface InvitationSender {
  send(invitation: Invitation): Promise<{ readonly channel: "outlook" | "apercu" }>;
}

/** The preview's sender: nothing leaves the page. */
export class PreviewInvitations implements InvitationSender {
  readonly sent: Invitation[] = [];

  send(invitation: Invitation): Promise<{ channel: "apercu" }> {
    this.sent.push(invitation);
    return Promise.resolve({ channel: "apercu" });
  }
}
