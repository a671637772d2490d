import type { Page } from "playwright-core";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { focusIsVisible, focusedName, pressUntilFocused } from "../support/keyboard";
import { settled } from "../support/page-state";

/** The main journeys with the keyboard only: no click, every control reached by Tab, arrows, Enter or Space. */
describe("les parcours principaux au clavier seul", () => {
  let suite: BrowserSuite;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    suite = await startBrowserSuite();
  });
  afterAll(() => suite?.close());
  beforeEach(async () => {
    ({ page, errors } = await suite.newPage());
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Tabs forward to `target`, then checks that its focus shows. */
  const reach = async (target: Parameters<typeof pressUntilFocused>[1], key = "Tab") => {
    const met = await pressUntilFocused(page, target, key);
    expect(await focusIsVisible(page)).toBe(true);
    return met;
  };

  it("Word : chercher une clause, la remplir, l'insérer, vérifier l'acte et atteindre une anomalie", async () => {
    await page.goto(`${suite.url}/word.html`);
    await page.getByRole("heading", { name: "Actes de la mairie" }).waitFor();
    await settled(page);
    const search = page.getByRole("searchbox", { name: "Rechercher une clause" });
    const tabs = page.getByRole("tablist", { name: "Vues du volet" });
    const toSearch = await reach(search);
    // The view tabs come before the panel they switch.
    expect(toSearch.some((name) => name.includes("Clauses"))).toBe(true);
    await page.keyboard.type("en-tête délibération");
    await reach(
      page.getByRole("list", { name: "Clauses trouvées" }).getByRole("button", { name: "En-tête de la délibération" }),
    );
    await page.keyboard.press("Enter");
    const objet = page.getByRole("textbox", { name: "Objet de l'acte" });
    await reach(objet);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Tarifs de la cantine scolaire");
    const insert = page.getByRole("button", { name: "Insérer" });
    const toInsert = await reach(insert);
    // The preview of the text (a paragraph that scrolls) is met between the fields and the button that inserts it.
    expect(toInsert.slice(0, -1).some((name) => name.startsWith("p « COMMUNE DE"))).toBe(true);
    await expect(page.getByTestId("rendered-text").textContent()).resolves.toContain(
      "Objet : Tarifs de la cantine scolaire",
    );
    await page.keyboard.press("Enter");
    await page.getByText("« En-tête de la délibération » insérée (version 1).").waitFor();
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName(page)).not.toMatch(/Insérer/);

    await reach(tabs.getByRole("tab", { name: "Clauses" }), "Shift+Tab");
    await reach(tabs.getByRole("tab", { name: "Vérifier l'acte" }), "ArrowRight");
    await page.keyboard.press("Enter");
    await reach(page.getByRole("tabpanel").getByRole("button", { name: "Vérifier l'acte" }));
    await page.keyboard.press("Enter");
    const finding = page
      .getByRole("region", { name: "Résultat de la vérification" })
      .getByRole("listitem")
      .filter({ hasText: "code des communes" })
      .getByRole("button");
    await reach(finding);
    await page.keyboard.press("Enter");
    await page
      .getByTestId("simulated-document")
      .locator('p[aria-current="true"]', { hasText: "Vu le code des communes ;" })
      .waitFor();
  });

  it("Excel : vérifier le budget puis atteindre une anomalie, qui sélectionne sa cellule", async () => {
    await page.goto(`${suite.url}/excel.html`);
    await page.getByRole("heading", { name: "Budget de la commune" }).waitFor();
    await reach(page.getByRole("button", { name: "Vérifier le budget" }));
    await page.keyboard.press("Space");
    const finding = page.getByRole("button", { name: /Section d'investissement en déséquilibre/ });
    const met = await reach(finding);
    // Nothing but the findings that come first lies between the button and this one: the balance table is text.
    expect(met.slice(0, -1).every((name) => name.startsWith("button"))).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => {
      const td = document.querySelector('[data-testid="simulated-sheet"] td[data-address="I10"]');
      return td !== null && getComputedStyle(td).outlineStyle === "solid";
    });
  });

  it("Teams : un élu choisi au clavier donne son avis sur un point", async () => {
    await page.goto(`${suite.url}/teams.html`);
    const switcher = page.getByLabel("Voir comme");
    await reach(switcher);
    for (
      let i = 0;
      i < 10 &&
      !/^Élu — Sophie Garnier/.test(
        await switcher.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? ""),
      );
      i++
    ) {
      await page.keyboard.press("ArrowDown");
    }
    await settled(page);
    const label = page.getByText(/^Commentaire sur le point \d+$/).first();
    await label.waitFor();
    const numero = (await label.textContent())?.match(/\d+/)?.[0] ?? "";
    const point = page
      .getByRole("region")
      .filter({ has: page.getByLabel(`Commentaire sur le point ${numero}`, { exact: true }) });
    await reach(point.getByRole("radio", { name: "Favorable", exact: true }));
    await page.keyboard.press("ArrowRight");
    await expect(point.getByRole("radio", { name: "Défavorable" }).isChecked()).resolves.toBe(true);
    await reach(point.getByLabel(`Commentaire sur le point ${numero}`, { exact: true }));
    await page.keyboard.type("Prévoir une réunion de la commission avant la séance.");
    await reach(page.getByRole("button", { name: /^Enregistrer mes avis/ }));
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .getByText(/^1\savis enregistré\.$/)
      .waitFor();
  });
});
