import JSZip from "jszip";
import { checkAct } from "@shared/domain/acts/check-act";
import { readDocxCustomProperties, readDocxParagraphs, readDocxText } from "@shared/io/docx";
import { seanceLinkOf } from "@shared/ports/seance-link";
import { convocation } from "./convocation";
import { renderDocx } from "./docx-kit";
import { feuilletCloture } from "./feuillet-cloture";
import { listeDeliberations } from "./liste-deliberations";
import { procesVerbal } from "./proces-verbal";
import { projetDeliberation } from "./projet-deliberation";
import { afterSeanceDocuments, documentFileName, preparationDocuments } from "./seance-documents";
import { HELD, PLANNED, PROFILE } from "./test-facts.test-support";

/** The text as the suite's .docx reader gives it, spaces made plain for readable expectations. */
async function textOf(bytes: Uint8Array): Promise<string> {
  return (await readDocxText(bytes, "test.docx")).replace(/[\u00a0\u202f]/g, " ").replace(/\u2019/g, "'");
}

async function customProperties(bytes: Uint8Array): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file("docProps/custom.xml")?.async("string")) ?? "";
}

/** An empty highlighted field, as the reader gives it with spaces made plain. */
const BLANK = / {14}/;

describe("documents de la séance générés en .docx et relus par le lecteur de la suite", () => {
  it("convocation : date, heure, lieu, ordre du jour, signature du maire, destinataires avec mode et date d'envoi", async () => {
    const bytes = await renderDocx(convocation(PLANNED));
    const text = await textOf(bytes);
    expect(text).toContain("Convocation du conseil municipal");
    expect(text).toContain("L. 2121-10 et L. 2121-11");
    expect(text).toContain("le 15 décembre 2026 à 20 h 00, salle du conseil");
    expect(text).toMatch(/^1\nTarifs de location de la salle des fêtes\nSophie Garnier$/m);
    expect(text).toContain("Les projets de délibération peuvent être consultés");
    expect(text).not.toContain("note explicative de synthèse");
    expect(text).toMatch(/^Le Maire,\nJean-Pierre LEMAIRE$/m);
    expect(text).toMatch(/^Nadia Benali\npar voie dématérialisée\n8 décembre 2026$/m);
    expect(await customProperties(bytes)).toContain("<vt:lpwstr>7</vt:lpwstr>");
  });

  it("convocation d'une commune de 3 500 habitants ou plus : cinq jours francs (L2121-12) et note de synthèse jointe", async () => {
    const text = await textOf(await renderDocx(convocation({ ...PLANNED, commune: { ...PROFILE, population: 4200 } })));
    expect(text).toContain("L. 2121-10 et L. 2121-12");
    expect(text).toContain("Une note explicative de synthèse sur les affaires soumises à délibération est jointe");
  });

  it("typographie française : apostrophe typographique, espace insécable avant les deux-points", async () => {
    const raw = (await readDocxParagraphs(await renderDocx(convocation(PLANNED)), "c.docx")).join("\n");
    expect(raw).toContain("j\u2019ai l\u2019honneur");
    expect(raw).toContain("Ordre du jour");
    expect(raw).toContain("Convocation mentionnée au registre des délibérations, affichée ou publiée le");
    expect(raw).not.toMatch(/ :/);
  });

  it("projet de délibération : marqué comme projet, séance et point en propriétés, faits de la séance remplis, le reste en champs vides surlignés", async () => {
    const point = PLANNED.points[0];
    if (!point) throw new Error("fixture");
    const bytes = await renderDocx(projetDeliberation(PLANNED, point));
    const zip = await JSZip.loadAsync(bytes);
    const header = await zip.file("word/header1.xml")?.async("string");
    expect(header).toContain("PROJET — document de travail, non adopté");
    const props = await customProperties(bytes);
    expect(props).toMatch(/name="MairieSeance"[^>]*><vt:lpwstr>7</);
    expect(props).toMatch(/name="MairiePoint"[^>]*><vt:lpwstr>31</);
    // The suite's reader gives them as Word gives them to the pane (the browser preview reads them so).
    expect(seanceLinkOf(await readDocxCustomProperties(bytes, "projet.docx"))).toEqual({
      seanceId: "7",
      pointId: "31",
    });
    const text = await textOf(bytes);
    expect(text).toContain("COMMUNE DES Essarts-le-Bas");
    expect(text).toContain("Objet : Tarifs de location de la salle des fêtes");
    expect(text).toContain("Le 15 décembre 2026 à 20 h 00");
    expect(text).toContain("Date de convocation : 8 décembre 2026");
    expect(text).toContain("tribunal administratif de Nantes");
    // Attendance and vote are not recorded yet: empty highlighted fields, never the library's example values.
    expect(text).toMatch(new RegExp(`Présents : ${BLANK.source}`));
    expect(text).not.toMatch(/Saint-Martin-des-Prés|DUPONT|Limoges/);
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(document).toContain('<w:highlight w:val="yellow"/>');
  });

  it("projet de délibération d'un point sans sujet du catalogue : clauses générales et dispositif à rédiger", async () => {
    const point = HELD.points[1];
    if (!point) throw new Error("fixture");
    const text = await textOf(await renderDocx(projetDeliberation(HELD, point)));
    expect(text).toContain("Vu le code général des collectivités territoriales, notamment son article L. 2121-29");
    expect(text).toMatch(new RegExp(`Article 1er : ${BLANK.source}`));
    expect(text).toContain("Article 2 : Monsieur le Maire est chargé de l'exécution");
  });

  it("un projet généré, la séance complète, passe check-act sans erreur ; avant la séance, check-act signale les décomptes et le vote à compléter", async () => {
    const point = HELD.points[1];
    if (!point) throw new Error("fixture");
    const held = await readDocxText(await renderDocx(projetDeliberation(HELD, point)), "projet.docx");
    const report = checkAct(held, { today: "2026-12-16", population: PROFILE.population, departement: "49" });
    expect(report.kind).toBe("deliberation");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.act.counts.presents?.value).toBe(3);
    expect(report.act.counts.votants?.value).toBe(4);
    const unvoted = PLANNED.points[1];
    if (!unvoted) throw new Error("fixture");
    const planned = await readDocxText(await renderDocx(projetDeliberation(PLANNED, unvoted)), "projet.docx");
    const before = checkAct(planned, { today: "2026-12-09", population: PROFILE.population, departement: "49" });
    // The empty fields are reported: counts and vote « à compléter ».
    expect(before.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["DEL-003", "DEL-011"]));
    expect(report.findings.map((f) => f.rule)).not.toEqual(expect.arrayContaining(["DEL-003"]));
    expect(report.findings.map((f) => f.rule)).not.toContain("DEL-011");
  });

  it("liste des délibérations (L2121-25), procès-verbal (L2121-15) et feuillet de clôture (R2121-9) après la séance", async () => {
    const liste = await textOf(await renderDocx(listeDeliberations(HELD)));
    expect(liste).toContain("L. 2121-25");
    expect(liste).toMatch(/^1\nTarifs de location de la salle des fêtes\nadoptée\npour 4, contre 0, abstentions 0$/m);
    expect(liste).not.toContain("Informations du maire");
    const pv = await textOf(await renderDocx(procesVerbal(HELD)));
    expect(pv).toContain("sous la présidence de Jean-Pierre LEMAIRE");
    expect(pv).toContain("Présents : Jean-Pierre Lemaire, Sophie Garnier, Michel Rousseau");
    expect(pv).toContain("Représentés : Nadia Benali (pouvoir à Sophie Garnier)");
    expect(pv).toContain("Absents : Nadia Benali, Paul Girard");
    expect(pv).toContain("Secrétaire de séance : Sophie Garnier");
    expect(pv).toContain("Quorum : 3 présents pour 5 conseillers en exercice (quorum : 3) ; le quorum est atteint.");
    expect(pv).toMatch(new RegExp(`Teneur des discussions : ${BLANK.source}`));
    expect(pv).toContain("Résultat du scrutin : pour 4, contre 0, abstentions 0. La délibération est adoptée.");
    const feuillet = await textOf(await renderDocx(feuilletCloture(HELD)));
    expect(feuillet).toContain("R. 2121-9");
    expect(feuillet).toMatch(/^2\nDénomination d'une voie communale$/m);
    expect(feuillet).toContain("Membres présents : Jean-Pierre Lemaire, Sophie Garnier, Michel Rousseau");
  });

  it("prévoit les documents selon l'avancement de la séance, avec des noms de fichier que SharePoint accepte", () => {
    expect(preparationDocuments(PLANNED).map((d) => d.fileName)).toEqual([
      "Convocation.docx",
      "Point 1 - projet de délibération - Tarifs de location de la salle des fêtes.docx",
      "Point 2 - projet de délibération - Dénomination d'une voie communale.docx",
    ]);
    expect(afterSeanceDocuments(PLANNED)).toEqual([]);
    expect(afterSeanceDocuments(HELD).map((d) => d.spec.kind)).toEqual([
      "liste-deliberations",
      "proces-verbal",
      "feuillet-cloture",
    ]);
    expect(documentFileName("Point 3 : « Budget » / 2027?")).toBe("Point 3 - « Budget » - 2027-.docx");
  });
});
