import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { PublishOutcome } from "@shared/data/drive/publish-documents";
import type { PlannedDocument } from "@shared/documents";
import { canGenerate, canRegenerate, plannedFor, publishSummary, stageOf } from "./seance-documents-plan";

const file = (type: string, point?: string) => ({ columns: { type, ...(point ? { point } : {}) } }) as DocumentFile;
const planned = (kind: string, pointId?: string) =>
  ({ spec: { kind, ...(pointId ? { pointId } : {}) } }) as PlannedDocument;

describe("les documents de la séance", () => {
  it("range la convocation et les projets avant la séance, le reste après", () => {
    expect(stageOf(file("convocation"))).toBe("preparation");
    expect(stageOf(file("projet-deliberation", "3"))).toBe("preparation");
    expect(stageOf(file("proces-verbal"))).toBe("apres");
  });

  it("prépare la séance à tout moment, mais ne fait les documents d'après qu'une fois la séance tenue", () => {
    expect(canGenerate("preparation", false, false)).toBe(true);
    expect(canGenerate("apres", false, false)).toBe(false);
    expect(canGenerate("apres", false, true)).toBe(true);
    expect(canGenerate("preparation", true, true)).toBe(false);
    expect(canGenerate("apres", true, true)).toBe(false);
  });

  it("ne régénère qu'un document que la suite a fait, et pas pendant une génération", () => {
    expect(canRegenerate(file("proces-verbal"), false)).toBe(true);
    expect(canRegenerate({ columns: {} } as DocumentFile, false)).toBe(false);
    expect(canRegenerate(file("proces-verbal"), true)).toBe(false);
  });

  it("retrouve le document prévu d'un fichier par sa nature et son point, et aucun autre", () => {
    const plan = [planned("projet-deliberation", "2"), planned("projet-deliberation", "3"), planned("convocation")];
    expect(plannedFor(file("projet-deliberation", "3"), plan)).toBe(plan[1]);
    expect(plannedFor(file("convocation"), plan)).toBe(plan[2]);
    expect(plannedFor(file("projet-deliberation", "9"), plan)).toBeUndefined();
  });

  it("résume une génération, et en fait une erreur dès qu'un document échoue", () => {
    const created = { status: "created", fileName: "a.docx" } as PublishOutcome;
    const exists = { status: "exists", fileName: "b.docx" } as PublishOutcome;
    expect(publishSummary([created, created])).toEqual({ ok: true, text: "2 document(s) créé(s)." });
    expect(publishSummary([created, exists]).text).toMatch(/^1 document\(s\) créé\(s\), 1 déjà présent/);
    const failed = { status: "failed", fileName: "c.docx", error: new Error("refusé") } as PublishOutcome;
    expect(publishSummary([created, failed])).toEqual({ ok: false, text: "c.docx : refusé" });
  });
});
