import { convocationText } from "./seance-documents";
import { bundle } from "../../testing/records";

describe("le texte de l'invitation Outlook de la convocation", () => {
  it("la convocation donne la date, l'heure, le lieu et l'ordre du jour dans l'ordre", () => {
    const text = convocationText(bundle(), "2026-11-28");
    expect(text).toContain("le 05/12/2026 à 19 h 00, Salle du conseil");
    expect(text.indexOf("1. Budget primitif")).toBeLessThan(text.indexOf("2. Tarifs de la cantine"));
    expect(text).toContain("Le maire, Jean-Pierre Lemaire");
  });
});
