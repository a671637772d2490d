import { GraphDocuments } from "@shared/data/drive/graph-documents";
import { GraphPdfConversion, PdfConversionUnavailableError } from "@shared/data/drive/pdf-conversion";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

describe("conversion en PDF de l'acte (Graph `content?format=pdf`) sur le stockage local", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("le stockage ne convertit pas : la page dit qu'il faut Word ou SharePoint, jamais le .docx pris pour un PDF", async () => {
    const file = await new GraphDocuments(h.connection, h.store.siteId).upload(
      "1",
      "Projet.docx",
      new TextEncoder().encode("PK docx"),
      { conflict: "fail" },
    );
    const conversion = new GraphPdfConversion(h.connection, h.store.siteId);
    const error = await conversion.toPdf(file.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfConversionUnavailableError);
    expect((error as Error).message).toMatch(/^La conversion en PDF demande Word ou SharePoint/);
  });
});
