import { completeRecord } from "@shared/domain/transmission/record.test-support";
import { publicationPage, safeHref } from "./publication-page";

const page = (patch: Parameters<typeof completeRecord>[0] = {}, pdfHref = "2025_012.pdf") =>
  publicationPage({
    commune: "Les Essarts-le-Bas",
    record: completeRecord(patch),
    pdfHref,
    misEnLigneLe: "2025-06-14",
  });

describe("page de publication d'un acte (publication électronique)", () => {
  it("dit l'acte, la date de mise en ligne, la durée minimale, le lien vers le PDF", () => {
    const html = page();
    expect(html).toContain("<h1>Délibération n° 2025_012 du 12/06/2025</h1>");
    expect(html).toContain("Mis en ligne le 14/06/2025, en ligne au moins jusqu'au 14/08/2025.");
    expect(html).toContain('<a href="2025_012.pdf">Lire l\'acte (PDF)</a>');
    expect(html).toContain("default-src 'none'");
  });

  it("porte la mention exécutoire une fois l'AR reçu et l'acte publié", () => {
    expect(page({ transmisLe: "2025-06-13", arLe: "2025-06-13", publieLe: "2025-06-14" })).toContain(
      "Acte rendu exécutoire après transmission le 13/06/2025 et publication le 14/06/2025.",
    );
    expect(page()).not.toContain("exécutoire après");
  });

  it("n'interprète aucun texte comme du HTML et refuse les liens dangereux", () => {
    const html = page({ objet: `<script>alert(1)</script>" onload="x` }, "javascript:alert(1)");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("consultable en mairie");
  });

  it.each([
    ["https://mairie.example.fr/actes/2025_012.pdf", true],
    ["actes/2025_012.pdf", true],
    ["javascript:alert(1)", false],
    ["data:text/html,x", false],
    ["//evil.example/x.pdf", false],
    ["http://mairie.example.fr/a.pdf", false],
    ['a.pdf" onclick="x', false],
  ])("lien %s accepté : %s", (href, accepted) => {
    expect(safeHref(href) !== undefined).toBe(accepted);
  });
});
