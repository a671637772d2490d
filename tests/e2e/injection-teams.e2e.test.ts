import type { Page } from "playwright-core";
import { TEXT_MAX_LENGTH } from "@shared/data/schema";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { pageText, settled } from "../support/page-state";
import { poisonEveryTextField } from "../support/poison-lists";
import type { PoisonedField } from "../support/poison-lists";
import { XSS_PAYLOADS, fitting } from "../support/xss-payloads";
import { CLEAN, armXssTraps } from "../support/xss-traps";
import type { XssEvidence } from "../support/xss-traps";

const HOSTILE_LINKS = [
  `javascript:window.__xss='projet'`,
  ` JaVaScRiPt:alert('projet')`,
  `data:text/html,<script>parent.__xss=1</script>`,
  `vbscript:msgbox(1)`,
];

describe("l'onglet Teams sur des listes dont chaque champ texte est hostile", () => {
  let suite: BrowserSuite;
  let page: Page;
  let errors: string[];
  let evidence: () => Promise<XssEvidence>;
  let poisoned: PoisonedField[] = [];

  beforeAll(async () => {
    suite = await startBrowserSuite(async (store) => (poisoned = await poisonEveryTextField(store)));
    ({ page, errors } = await suite.newPage());
    ({ evidence } = await armXssTraps(page));
    await page.goto(`${suite.url}/teams.html`);
    await page.getByLabel("Voir comme").waitFor();
  });
  afterAll(() => suite?.close());

  /** The option values of a select, or none when the view has no such select. */
  const optionsOf = async (label: string) => {
    const select = page.getByLabel(label, { exact: true });
    return (await select.count()) === 0
      ? []
      : select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  };

  /** Each séance of the view's picker and each panel of the network, checked one after the other. */
  async function visitView(seen: string[], where: string): Promise<void> {
    const check = async (state: string) => {
      await settled(page);
      seen.push(await pageText(page));
      expect({ state, ...(await evidence()) }).toEqual({ state, ...CLEAN });
    };
    const seances = await optionsOf("Séance");
    for (const id of seances) {
      await page.getByLabel("Séance", { exact: true }).selectOption(id);
      await check(`${where}, séance ${id}`);
    }
    const panels = page.getByRole("tablist", { name: "Rubriques du réseau" }).getByRole("tab");
    const panelCount = await panels.count();
    for (let i = 0; i < panelCount; i++) {
      await panels.nth(i).click();
      await check(`${where}, ${await panels.nth(i).innerText()}`);
    }
    if (seances.length === 0 && panelCount === 0) await check(where);
  }

  it("chaque vue, pour un membre de chaque rôle, montre chaque charge comme du texte et n'exécute rien", async () => {
    expect(new Set(poisoned.map((p) => p.list)).size).toBeGreaterThan(5);
    const people = await page
      .getByLabel("Voir comme")
      .locator("option")
      .evaluateAll((options) =>
        options.map((o) => ({ id: (o as HTMLOptionElement).value, label: o.textContent ?? "" })),
      );
    const oneByRole = [...new Map(people.map((p) => [p.label.split(" — ")[0], p])).values()];
    expect(oneByRole.length).toBe(3);
    const seen: string[] = [];
    for (const person of oneByRole) {
      await page.getByLabel("Voir comme").selectOption(person.id);
      const tabs = page.getByRole("tablist", { name: "Vues de l'onglet" }).getByRole("tab");
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await visitView(seen, `${person.label.split(" — ")[0]} : ${await tabs.nth(i).innerText()}`);
      }
    }
    const text = seen.join("\n");
    const missing = XSS_PAYLOADS.filter((p) => !text.includes(fitting(p.text, TEXT_MAX_LENGTH))).map((p) => p.name);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it("un lien de projet d'acte hostile n'est jamais suivi : l'élu ne voit aucun lien", async () => {
    const secretary = await page
      .getByLabel("Voir comme")
      .locator("option", { hasText: /^Secrétaire/ })
      .first()
      .getAttribute("value");
    await page.getByLabel("Voir comme").selectOption(secretary ?? "");
    await page.getByRole("tablist", { name: "Vues de l'onglet" }).getByRole("tab", { name: "Séances" }).click();
    await settled(page);
    let filled = 0;
    for (const id of await optionsOf("Séance")) {
      await page.getByLabel("Séance", { exact: true }).selectOption(id);
      await settled(page);
      const links = page.getByLabel("Lien du projet d'acte");
      for (let i = 0; i < (await links.count()); i++, filled++) {
        await links.nth(i).fill(HOSTILE_LINKS[filled % HOSTILE_LINKS.length] ?? "");
        await page
          .getByRole("button", { name: /^Enregistrer le point/ })
          .nth(i)
          .click();
        await settled(page);
      }
    }
    expect(filled).toBeGreaterThan(HOSTILE_LINKS.length);
    expect(await evidence()).toEqual(CLEAN);
    const elu = await page
      .getByLabel("Voir comme")
      .locator("option", { hasText: /^Élu/ })
      .first()
      .getAttribute("value");
    await page.getByLabel("Voir comme").selectOption(elu ?? "");
    await page.getByRole("tablist", { name: "Vues de l'onglet" }).getByRole("tab", { name: "Avis des élus" }).click();
    await settled(page);
    await expect(page.getByRole("link", { name: "Lire le projet d'acte" }).count()).resolves.toBe(0);
    expect(await evidence()).toEqual(CLEAN);
    expect(errors).toEqual([]);
  });
});
