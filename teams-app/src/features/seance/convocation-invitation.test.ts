import { bundle, elus, seance } from "../../testing/records";
import { convocationInvitation, invitationNotice } from "./convocation-invitation";

describe("l'invitation Outlook de la convocation", () => {
  it("invite chaque élu de la commune à l'heure et au lieu de la séance, pour trois heures", () => {
    const membres = [
      { ...elus[0]!, email: "maire@example.fr" },
      elus[1]!,
      { ...elus[2]!, role: "secretaire" as const, email: "sg@example.fr" },
    ];
    const invitation = convocationInvitation({ ...bundle(), membres }, "Texte de la convocation");
    expect(invitation).toEqual({
      seanceId: "5",
      subject: "Conseil municipal du 05/12/2026",
      body: "Texte de la convocation",
      start: "2026-12-05T18:00:00Z",
      end: "2026-12-05T21:00:00.000Z",
      location: "Salle du conseil",
      attendees: [{ name: "Jean-Pierre Lemaire", email: "maire@example.fr" }, { name: "Sophie Garnier" }],
    });
  });

  it("date l'objet au jour de Paris et retient la mairie quand le lieu est vide", () => {
    const late = { ...bundle(), seance: seance("2026-12-05T23:30:00Z", { lieu: "  " }) };
    expect(convocationInvitation(late, "")).toMatchObject({
      subject: "Conseil municipal du 06/12/2026",
      location: "Mairie",
    });
  });

  it("dit par où l'invitation est partie, si elle a été mise à jour, et qui n'a pas de courriel", () => {
    const invitation = convocationInvitation(bundle(), "");
    const withMail = { ...invitation, attendees: [{ name: "Sophie Garnier", email: "s@example.fr" }] };
    expect(invitationNotice({ channel: "outlook", eventId: "e", updated: false }, withMail)).toBe(
      "invitation Outlook envoyée aux élus",
    );
    expect(invitationNotice({ channel: "stockage-local", eventId: "e", updated: true }, withMail)).toMatch(
      /^invitation Outlook enregistrée dans le calendrier du stockage local.*\(mise à jour/,
    );
    expect(invitationNotice({ channel: "apercu", eventId: "e", updated: false }, invitation)).toBe(
      "invitation Outlook simulée (aperçu) ; sans courriel, non invité(s) : Jean-Pierre Lemaire, Sophie Garnier, Michel Rousseau",
    );
    expect(invitationNotice(new Error("Le service est momentanément saturé."), withMail)).toBe(
      "invitation Outlook non envoyée : Le service est momentanément saturé.",
    );
  });
});
