import { render, screen, waitFor } from "@testing-library/react";
import { MemoryStorage } from "@shared/data/outbox/storage";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { outboxWriter } from "./data/writer";
import type { Person } from "../common/identity";
import { PreviewInvitations } from "../features/seance/invitation";
import { fakeData } from "../testing/fake-data";
import { closeTeamsAppsAfterEach, stopWhenTeamsAppsClose } from "../testing/render-teams-app";
import { ServicesProvider } from "./services";
import type { TeamsServices } from "./services";
import { TeamsApp } from "./TeamsApp";

closeTeamsAppsAfterEach();

const directory = () =>
  fakeData({
    communes: [
      { nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" },
      { nom: "Les Essarts-le-Bas", population: 310, departement: "49" },
    ],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Claire Moreau", role: "secretaire", commune: "2", email: "Secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1", email: "sophie@gmail.example" },
    ],
  });

/** The tab as Teams composes it: a signed-in user, no « Voir comme ». */
function renderSignedIn(data: ReturnType<typeof directory>, person: Person, view: string) {
  const writer = outboxWriter(data, new MemoryStorage());
  stopWhenTeamsAppsClose(() => writer.stop());
  const services: TeamsServices = {
    host: previewHostContext("teams"),
    clock: { today: () => "2026-11-20" },
    data,
    writer,
    drafts: new MemoryStorage(),
    invitations: new PreviewInvitations(),
    ...(person.email ? { userEmail: person.email } : {}),
    signedIn: () => person,
  };
  render(
    <ServicesProvider services={services}>
      <TeamsApp initialView={view} />
    </ServicesProvider>,
  );
}

describe("identité par l'oid du jeton, enregistré sur la fiche du membre", () => {
  it("à la première connexion, la secrétaire est trouvée par son UPN et son oid est enregistré sur ses deux fiches", async () => {
    const data = directory();
    renderSignedIn(data, { id: "oid-claire", email: "secretariat@a.example" }, "cockpit");
    await screen.findByRole("tab", { name: "Cockpit" });
    await waitFor(() => expect(data.membres.all().map((m) => m.oid)).toEqual(["oid-claire", "oid-claire", undefined]));
  });

  it("ensuite, elle est trouvée par son oid même si son UPN a changé", async () => {
    const data = directory();
    data.membres.editElsewhere("1", { oid: "oid-claire" });
    data.membres.editElsewhere("2", { oid: "oid-claire" });
    renderSignedIn(data, { id: "oid-claire", email: "claire.moreau@nouveau.example" }, "cockpit");
    await screen.findByRole("tab", { name: "Cockpit" });
    expect(data.membres.writes).toBe(0);
  });

  it("un élu invité (UPN #EXT#) est reconnu par son courriel ; sa fiche, que seul le secrétariat modifie, n'est pas écrite", async () => {
    const data = directory();
    renderSignedIn(data, { id: "oid-sophie", email: "sophie_gmail.example#EXT#@commune.onmicrosoft.com" }, "review");
    await screen.findByRole("tab", { name: "Avis des élus" });
    expect(screen.queryByText(/ne figure pas dans la liste des membres/)).toBeNull();
    expect(data.membres.writes).toBe(0);
  });
});
