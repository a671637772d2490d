import { fireEvent, screen, waitFor } from "@testing-library/react";
import { DataError } from "@shared/data/graph/errors";
import { PreviewInvitations } from "./invitation";
import type { Invitation, InvitationSender } from "./invitation";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsApps, closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

const seeded = () =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1", email: "sophie@a.example" },
      { nom: "Michel Rousseau", role: "elu", commune: "1" },
    ],
    seances: [
      { titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "preparation", lieu: "Mairie" },
    ],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
  });

closeTeamsAppsAfterEach();

async function sendConvocation(data: ReturnType<typeof seeded>, invitations: InvitationSender) {
  renderTeamsApp(data, "seance", "2026-11-20", { invitations });
  fireEvent.click(await screen.findByRole("button", { name: /(Envoyer|Renvoyer) la convocation/ }));
}

describe("l'invitation Outlook depuis le panneau de convocation", () => {
  it("une invitation refusée n'empêche pas d'enregistrer la convocation, et la page dit pourquoi", async () => {
    const data = seeded();
    const refusing: InvitationSender = {
      send: () => Promise.reject(new DataError("Votre session a expiré : reconnectez-vous.", 401)),
    };
    await sendConvocation(data, refusing);
    await screen.findByText(/invitation Outlook non envoyée : Votre session a expiré/);
    expect(data.seances.all()[0]).toMatchObject({ statut: "convoquee" });
    expect(data.seances.all()[0]?.invitationId).toBeUndefined();
  });

  it("garde l'id de l'événement sur la séance, le renvoi met à jour le même et nomme les élus sans courriel", async () => {
    const data = seeded();
    const preview = new PreviewInvitations();
    const calls: (string | undefined)[] = [];
    const spying: InvitationSender = {
      send(invitation: Invitation, eventId?: string) {
        calls.push(eventId);
        return preview.send(invitation, eventId);
      },
    };
    await sendConvocation(data, spying);
    await screen.findByText(/invitation Outlook simulée \(aperçu\) ; sans courriel, non invité\(s\) : Michel Rousseau/);
    await waitFor(() => expect(data.seances.all()[0]?.invitationId).toBe("apercu-1"));
    closeTeamsApps();
    await sendConvocation(data, spying);
    await screen.findByText(/mise à jour de l'invitation déjà envoyée/);
    expect(calls).toEqual([undefined, "apercu-1"]);
    expect([...preview.sent.keys()]).toEqual(["apercu-1"]);
  });
});

describe("les garde-fous de la convocation", () => {
  it("refuse de convoquer sur un ordre du jour vide, puis une date d'envoi le jour de la séance", async () => {
    const bare = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
      membres: [{ nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" }],
      seances: [{ titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "preparation" }],
    });
    renderTeamsApp(bare, "seance", "2026-11-20");
    await screen.findByText(/L'ordre du jour est vide : ajoutez au moins un point/);
    expect(screen.getByRole("button", { name: "Envoyer la convocation" })).toHaveProperty("disabled", true);
    closeTeamsApps();

    const data = seeded();
    renderTeamsApp(data, "seance", "2026-12-05");
    // On the séance's day, today is no valid sending date: the required field starts empty and says why.
    await screen.findByText(/Indiquez la date d'envoi : la convocation précède la séance/);
    const field = screen.getByLabelText(/Date d'envoi/);
    expect(field).toHaveProperty("value", "");
    expect(field.getAttribute("aria-required") ?? field.getAttribute("required")).not.toBeNull();
    fireEvent.change(field, { target: { value: "2026-12-05" } });
    await screen.findByText("La date d'envoi doit précéder le jour de la séance.");
    expect(screen.getByRole("button", { name: "Envoyer la convocation" })).toHaveProperty("disabled", true);
    expect(data.seances.writes).toBe(0);
  });

  it("part de la date du jour tant que la séance est à venir", async () => {
    renderTeamsApp(seeded(), "seance", "2026-11-20");
    expect(await screen.findByLabelText(/Date d'envoi/)).toHaveProperty("value", "2026-11-20");
    expect(screen.getByRole("button", { name: "Envoyer la convocation" })).toHaveProperty("disabled", false);
  });
});
