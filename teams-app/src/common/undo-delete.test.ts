import { confirmQuestion, heldMessage } from "./undo-delete";

describe("la suppression annulable", () => {
  it("demande confirmation en disant ce qui part avec", () => {
    expect(confirmQuestion("le point 3")).toBe("Supprimer le point 3 ?");
    expect(confirmQuestion("le point 3", "Ses avis aussi.")).toBe("Supprimer le point 3 ? Ses avis aussi.");
    expect(confirmQuestion("le point 3", "")).toBe("Supprimer le point 3 ?");
  });

  it("annonce la suppression avec une majuscule et l'accord", () => {
    expect(heldMessage("held", "le point 3", false)).toBe("Le point 3 va être supprimé.");
    expect(heldMessage("held", "la séance du 05/12/2026", true)).toBe("La séance du 05/12/2026 va être supprimée.");
  });

  it("dit quand elle est en cours d'écriture", () => {
    expect(heldMessage("deleting", "le point 3", false)).toBe("Suppression de le point 3 en cours…");
  });
});
