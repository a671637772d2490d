import { publishedNotice, publishFailure } from "./publication-notice";

describe("le message après la mise en ligne d'une page de publication", () => {
  it("dit jusqu'à quand garder la page, deux mois après", () => {
    expect(publishedNotice("2026-11-20", "acte-12.html", "saved")).toEqual({
      intent: "success",
      text: "Page de publication mise en ligne le 20/11/2026 (« acte-12.html ») : à garder en ligne jusqu'au 20/01/2027 au moins.",
    });
  });

  it("reste un succès quand la date attend la connexion", () => {
    const notice = publishedNotice("2026-11-20", "p.html", "queued");
    expect(notice.intent).toBe("success");
    expect(notice.text).toMatch(/dès que la connexion le permet\.$/);
  });

  it("est une erreur quand la date n'a pu être enregistrée sur la fiche", () => {
    expect(publishedNotice("2026-11-20", "p.html", "conflict").intent).toBe("error");
    expect(publishedNotice("2026-11-20", "p.html", "rejected").text).toMatch(/vérifiez vos droits/);
  });

  it("nomme la cause d'un échec", () => {
    expect(publishFailure("Accès refusé.")).toBe(
      "La page de publication n'a pas pu être mise en ligne : Accès refusé.",
    );
  });
});
