import type { Page } from "playwright-core";
import { HEADER, PLAN_SHEET } from "@shared/io/plan/layout";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { openInFakeOffice } from "../support/fake-office-page";
import { hostileWorkbook } from "../support/hostile-workbook";
import { pageText } from "../support/page-state";
import { CLEAN, armXssTraps } from "../support/xss-traps";
import type { XssEvidence } from "../support/xss-traps";

describe("le volet Excel sur un classeur dont chaque cellule de texte libre est hostile", () => {
  let suite: BrowserSuite;
  let page: Page;
  let errors: string[];
  let evidence: () => Promise<XssEvidence>;
  const { sheets, written } = hostileWorkbook();
  const title = String(sheets[PLAN_SHEET]?.find((row) => row[0] === HEADER.title)?.[1] ?? "");

  beforeAll(async () => {
    suite = await startBrowserSuite();
    ({ page, errors } = await suite.newPage());
    ({ evidence } = await armXssTraps(page));
    await openInFakeOffice(page, `${suite.url}/excel.html`, { host: "Excel", sheets });
    await page.getByRole("heading", { name: "Budget de la commune" }).waitFor();
  });
  afterAll(() => suite?.close());

  const views = () => page.getByRole("tablist", { name: "Vues du volet" });

  it("vérifie le budget et sélectionne la cellule d'une anomalie sans rien exécuter", async () => {
    expect(written.length).toBeGreaterThan(10);
    await page.getByRole("button", { name: "Vérifier le budget" }).click();
    await page.getByText(/^Vérification terminée/).waitFor();
    await page.getByRole("button", { name: /Section d'investissement en déséquilibre/ }).click();
    await page.waitForFunction(
      () => (window as unknown as { __fake: { selected: string | null } }).__fake.selected !== null,
    );
    expect(await evidence()).toEqual(CLEAN);
  });

  it("vérifie le plan de financement : l'intitulé hostile du projet s'affiche tel quel", async () => {
    await views().getByRole("tab", { name: "Plan de financement" }).click();
    await page.getByRole("button", { name: "Vérifier le plan de financement" }).click();
    await page.getByRole("list", { name: "Résultats de la vérification" }).waitFor();
    expect(title).not.toBe("");
    expect(await pageText(page)).toContain(`${title} — dépenses`);
    expect(await evidence()).toEqual(CLEAN);
  });

  it("la synthèse pour les élus reste du texte et des graphiques, sans erreur de console", async () => {
    await views().getByRole("tab", { name: "Synthèse pour les élus" }).click();
    await page.getByRole("img", { name: /Dette : annuité de l'exercice/ }).waitFor();
    const text = await pageText(page);
    expect(written.filter((w) => text.includes(w)).length).toBeGreaterThan(0);
    expect(await evidence()).toEqual(CLEAN);
    expect(errors).toEqual([]);
  });
});
