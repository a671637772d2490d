import type { Locator, Page } from "playwright-core";
import { sampleValue } from "@shared/domain/acts/clauses";
import type { VariableSpec } from "@shared/domain/acts/clauses";
import { toInput } from "@word-addin/src/features/clauses/field-input";
import { SAMPLE_DELIBERATION } from "@word-addin/src/host/sample-act";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { formsCoveringFreeVariables, freeVariables } from "../support/clause-cover";
import { openInFakeOffice } from "../support/fake-office-page";
import type { ClauseFormUnit } from "../support/clause-cover";
import { pageText, settled } from "../support/page-state";
import { poisonEveryTextField } from "../support/poison-lists";
import { XSS_PAYLOADS } from "../support/xss-payloads";
import { CLEAN, armXssTraps } from "../support/xss-traps";
import type { XssEvidence } from "../support/xss-traps";

const UNITS = formsCoveringFreeVariables();
const VARIABLES = [...new Map(UNITS.flatMap(freeVariables).map((v) => [v.name, v])).values()];
/** Each free variable of the library gets a payload, in turn. */
const PAYLOAD_OF = new Map(VARIABLES.map((v, i) => [v.name, XSS_PAYLOADS[i % XSS_PAYLOADS.length]?.text ?? ""]));

describe("le volet Word : des charges hostiles dans chaque variable de clause, et des clauses du réseau hostiles", () => {
  let suite: BrowserSuite;
  let page: Page;
  let errors: string[];
  let evidence: () => Promise<XssEvidence>;

  beforeAll(async () => {
    suite = await startBrowserSuite((store) => poisonEveryTextField(store));
    ({ page, errors } = await suite.newPage());
    ({ evidence } = await armXssTraps(page));
    await page.goto(`${suite.url}/word.html`);
    await page.getByRole("heading", { name: "Actes de la mairie" }).waitFor();
    await settled(page);
  });
  afterAll(() => suite?.close());

  const panel = () => page.getByRole("tabpanel");
  const documentPage = () => page.getByTestId("simulated-document");
  const openTab = async (name: string) => {
    await page.getByRole("tablist", { name: "Vues du volet" }).getByRole("tab", { name }).click();
    await settled(page);
  };

  async function fill(form: Locator, spec: VariableSpec): Promise<void> {
    const payload = PAYLOAD_OF.get(spec.name) ?? "";
    if (spec.type !== "person") return form.getByLabel(spec.label, { exact: true }).fill(payload);
    const person = form.getByRole("group", { name: spec.label });
    if ((await person.getByLabel("Civilité").inputValue()) === "")
      await person.getByLabel("Civilité").selectOption("Mme");
    await person.getByLabel("Prénom et nom").fill(payload);
  }

  /** A number, date or choice the example values leave empty gets the library's sample value. */
  async function completeIfEmpty(form: Locator, spec: VariableSpec): Promise<void> {
    if (spec.type === "maireTitle") {
      const radio = form.getByRole("radio", { name: "Madame la Maire" });
      return (await radio.isChecked()) ? undefined : radio.check();
    }
    const control = form.getByLabel(spec.label, { exact: true });
    if ((await control.inputValue()) !== "") return;
    const value = sampleValue(spec);
    if (spec.type === "choice") await control.selectOption(String(value));
    else {
      // A person's field is labelled by its name; its civilité has a control of its own, left as the form set it.
      const input = toInput(spec, value);
      await control.fill(typeof input === "string" ? input : input.nom);
    }
  }

  async function fillAndInsert(unit: ClauseFormUnit): Promise<void> {
    if (unit.kind === "skeleton") {
      await openTab("Acte complet");
      await panel().getByRole("combobox", { name: "Acte à assembler" }).selectOption(unit.subject);
    } else {
      await openTab("Clauses");
      await panel().getByRole("searchbox", { name: "Rechercher une clause" }).fill(unit.clause.title);
      await panel()
        .getByRole("list", { name: "Clauses trouvées" })
        .getByRole("button", { name: unit.clause.title, exact: true })
        .click();
    }
    const free = freeVariables(unit);
    for (const spec of free) await fill(panel(), spec);
    for (const spec of unit.variables.filter((v) => !free.includes(v))) await completeIfEmpty(panel(), spec);
    const button = unit.kind === "skeleton" ? "Assembler un acte complet" : "Insérer";
    await panel().getByRole("button", { name: button }).click();
    await panel()
      .getByText(unit.kind === "skeleton" ? /Acte complet inséré/ : /insérée \(version/)
      .waitFor();
    expect(await evidence()).toEqual(CLEAN);
  }

  it("chaque variable libre reçoit une charge par le formulaire ; le document la contient telle quelle, rien ne s'exécute", async () => {
    expect(VARIABLES.length).toBeGreaterThan(XSS_PAYLOADS.length);
    for (const unit of UNITS) await fillAndInsert(unit);
    const text = (await documentPage().textContent()) ?? "";
    const missing = VARIABLES.filter((v) => !text.includes(PAYLOAD_OF.get(v.name) ?? "")).map((v) => v.name);
    expect(missing).toEqual([]);
    expect(await documentPage().locator("script, img, svg, iframe, a, details").count()).toBe(0);
  }, 120_000);

  it("la vérification de l'acte hostile et la recherche des mises à jour affichent du texte, sans rien exécuter", async () => {
    await openTab("Vérifier l'acte");
    await panel().getByRole("button", { name: "Vérifier l'acte" }).click();
    await panel().getByRole("region", { name: "Résultat de la vérification" }).waitFor();
    expect(await evidence()).toEqual(CLEAN);
    await openTab("Mises à jour");
    await panel()
      .getByText(/clauses? de la bibliothèque dans le document/)
      .waitFor();
    expect(await evidence()).toEqual(CLEAN);
  });

  it("les clauses du réseau, hostiles dans chaque champ, s'affichent comme du texte", async () => {
    await openTab("Clauses");
    await panel().getByRole("searchbox", { name: "Rechercher une clause" }).fill("");
    await panel()
      .getByRole("switch", {
        name: "Afficher aussi les brouillons, les propositions du réseau et les versions retirées",
      })
      .check();
    const text = await pageText(page);
    expect(XSS_PAYLOADS.some((p) => text.includes(p.text))).toBe(true);
    expect(await evidence()).toEqual(CLEAN);
    expect(errors).toEqual([]);
  });

  it("dans Word, le complément insère chaque charge comme du texte, jamais comme du HTML ou de l'OOXML", async () => {
    ({ page, errors } = await suite.newPage());
    ({ evidence } = await armXssTraps(page));
    const failed: string[] = [];
    page.on("response", (response) => response.status() >= 400 && failed.push(new URL(response.url()).pathname));
    await openInFakeOffice(page, `${suite.url}/word.html`, {
      host: "Word",
      paragraphs: SAMPLE_DELIBERATION.split("\n"),
    });
    await page.getByRole("heading", { name: "Actes de la mairie" }).waitFor();
    await settled(page);
    const widest = UNITS[0];
    if (!widest) throw new Error("Aucun formulaire de clause.");
    await fillAndInsert(widest);
    const word = await page.evaluate(() => {
      const fake = (window as unknown as { __fake: { paragraphs: string[]; htmlInsertions: number } }).__fake;
      return { text: fake.paragraphs.join("\n"), htmlInsertions: fake.htmlInsertions };
    });
    expect(word.htmlInsertions).toBe(0);
    expect(
      freeVariables(widest)
        .filter((v) => !word.text.includes(PAYLOAD_OF.get(v.name) ?? ""))
        .map((v) => v.name),
    ).toEqual([]);
    // In Office the pane asks for the tenant's config.json; without one it uses the embedded store (README).
    expect(failed).toEqual(["/config.json"]);
    expect(errors.filter((e) => !e.startsWith("Failed to load resource"))).toEqual([]);
  });
});
