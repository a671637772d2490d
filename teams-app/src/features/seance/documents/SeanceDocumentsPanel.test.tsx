import { TextDecoder, TextEncoder } from "node:util";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryStorage } from "@shared/data/outbox/storage";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { outboxWriter } from "../../../app/data/writer";
import { PreviewInvitations } from "../invitation";
import type { SeanceBundle } from "../council-seance";
import { seanceDetails } from "../seance-details";
import { ServicesProvider } from "../../../app/services";
import { FakeDocuments } from "../../../testing/fake-documents";
import { fakeData } from "../../../testing/fake-data";
import { RefreshProvider } from "@shared/ui/hooks/use-load";
import { PointDocument } from "../../review/PointDocument";
import { SeanceDocumentsProvider } from "./seance-files";
import { SeanceDocumentsPanel } from "./SeanceDocumentsPanel";

// jsdom lacks them; the docx generator, loaded when a document is made, encodes its XML with them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const seeded = () =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1" },
      { nom: "Sophie Garnier", role: "elu", commune: "1", fonction: "Conseillère municipale" },
    ],
    seances: [{ titre: "Conseil municipal", commune: "1", date: "2026-12-15T19:00:00Z", statut: "preparation" }],
    points: [
      { titre: "Tarifs de location de la salle des fêtes", seance: "1", numero: 1, nature: "deliberation" },
      { titre: "Informations", seance: "1", numero: 2, nature: "information" },
    ],
  });

/** Renders `ui` inside séance 1's documents, over `data` and the files of `documents`; returns the writer to stop. */
function renderWith(data: ReturnType<typeof seeded>, documents: FakeDocuments, ui: React.ReactNode) {
  const writer = outboxWriter(data, new MemoryStorage());
  render(
    <ServicesProvider
      services={{
        host: previewHostContext("teams"),
        clock: { today: () => "2026-12-01" },
        data,
        writer,
        drafts: new MemoryStorage(),
        invitations: new PreviewInvitations(),
        documents,
      }}
    >
      <RefreshProvider>
        <SeanceDocumentsProvider seanceId="1">{ui}</SeanceDocumentsProvider>
      </RefreshProvider>
    </ServicesProvider>,
  );
  return writer;
}

async function bundleOf(data: ReturnType<typeof seeded>): Promise<SeanceBundle> {
  const seance = await data.seances.get("1");
  const points = (await data.points.items()).records;
  const membres = (await data.membres.items()).records;
  return { seance, points, membres, presences: [], details: seanceDetails(seance, points, [], membres) };
}

const renderPanel = async (data: ReturnType<typeof seeded>, documents: FakeDocuments) =>
  renderWith(data, documents, <SeanceDocumentsPanel bundle={await bundleOf(data)} documents={documents} />);

afterEach(cleanup);

describe("les documents Word de la séance dans l'onglet Teams", () => {
  it("génère la convocation et les projets, les liste avec « Ouvrir dans Word » et lie chaque projet à son point", async () => {
    const data = seeded();
    const documents = new FakeDocuments();
    const writer = await renderPanel(data, documents);
    await screen.findByText("Aucun document dans le dossier de la séance.");
    fireEvent.click(screen.getByRole("button", { name: "Générer la convocation et les projets de délibération" }));
    await screen.findByText("2 document(s) créé(s).");
    const files = await documents.listSeance("1");
    expect(files.map((f) => [f.name, f.columns.type])).toEqual([
      ["Convocation.docx", "convocation"],
      ["Point 1 - projet de délibération - Tarifs de location de la salle des fêtes.docx", "projet-deliberation"],
    ]);
    expect((await data.points.get("1")).projetActe).toBe(files[1]?.webUrl);
    expect(await screen.findAllByRole("link", { name: "Ouvrir dans Word" })).toHaveLength(2);
    writer.stop();
  });

  it("ne régénère un document modifié depuis qu'après « Le document a été modifié depuis : le remplacer ? »", async () => {
    const data = seeded();
    const documents = new FakeDocuments();
    const writer = await renderPanel(data, documents);
    fireEvent.click(
      await screen.findByRole("button", { name: "Générer la convocation et les projets de délibération" }),
    );
    await screen.findByText("2 document(s) créé(s).");
    await documents.upload("1", "Convocation.docx", new Uint8Array([1, 2, 3]), { conflict: "replace" });
    const item = (await screen.findByText("Convocation.docx")).closest("li");
    if (!item) throw new Error("no item");
    fireEvent.click(within(item).getByRole("button", { name: "Régénérer" }));
    await screen.findByText(/le document a été modifié depuis : le remplacer \?/);
    expect((await documents.download("f1")).length).toBe(3);
    fireEvent.click(screen.getByRole("button", { name: "Remplacer" }));
    await screen.findByText("« Convocation.docx » régénéré.");
    expect((await documents.download("f1")).length).toBeGreaterThan(3);
    writer.stop();
  });

  it("montre à l'élu le projet du point : titre, version, date de modification et « Ouvrir dans Word »", async () => {
    const data = seeded();
    const documents = new FakeDocuments();
    const file = await documents.upload("1", "Point 1 - projet.docx", new Uint8Array([1]), { conflict: "fail" });
    await documents.setColumns([{ id: file.id, columns: { point: "1", type: "projet-deliberation" } }]);
    const point = await data.points.get("1");
    const writer = renderWith(
      data,
      documents,
      <PointDocument point={point} fallback={<span>Projet d'acte non joint.</span>} />,
    );
    await screen.findByText("Point 1 - projet");
    expect(screen.getByText(/Projet de délibération — version 1\.0 — modifié le 2026-12-01 à 11:00/)).toBeTruthy();
    // In the preview, « Ouvrir dans Word » opens the Word pane's preview on the file (in Teams: its webUrl).
    expect(screen.getByRole("link", { name: "Ouvrir dans Word" }).getAttribute("href")).toBe(
      `word.html?document=${file.id}`,
    );
    writer.stop();
  });
});
