import { checkAct, parseAct } from "@shared/domain/acts";
import { actFixtures, actText } from "../fixtures/acts";
import { check, expectFrench, fc, hostileText, HUGE_TEXTS, settled } from "./support";

const TODAY = "2025-06-15";
const corpus = actFixtures().map(actText);
const corpusLines = corpus.flatMap((text) => text.split("\n")).filter((line) => line.trim() !== "");

/** A real act broken the way copies break: lines dropped, repeated, shuffled, numbers replaced, junk inserted. */
const mangledAct = fc
  .tuple(
    fc.constantFrom(...corpus),
    fc.array(fc.oneof(fc.constantFrom(...corpusLines), hostileText()), { maxLength: 8 }),
    fc.array(fc.nat(), { maxLength: 12 }),
    fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER), fc.bigInt({ min: 10n ** 15n, max: 10n ** 40n })),
  )
  .map(([text, extra, picks, number]) => {
    const lines = text.split("\n");
    for (const [i, pick] of picks.entries()) {
      const at = pick % lines.length;
      if (i % 3 === 0) lines.splice(at, 1);
      else if (i % 3 === 1) lines.splice(at, 0, extra[i % Math.max(extra.length, 1)] ?? "");
      else lines.splice(at, 0, lines.splice(pick % lines.length, 1)[0] ?? "");
    }
    return lines
      .join(pick(picks) ? "\r\n" : "\n")
      .replace(/\d+/g, (digits, offset: number) => (offset % 5 === 0 ? String(number) : digits));
  });

function pick(picks: readonly number[]): boolean {
  return (picks[0] ?? 0) % 2 === 1;
}

function expectCleanReport(text: string): void {
  const report = checkAct(text, { today: TODAY });
  expect(["deliberation", "arrete"]).toContain(report.kind);
  for (const finding of report.findings) {
    expectFrench(finding.message);
    expect(finding.rule).toMatch(/^[A-Z]+-[A-Z0-9-]+$/);
  }
}

describe("analyseur d'actes : entrées hostiles", () => {
  it("ne lève jamais d'exception et rend un acte sur n'importe quel texte", async () => {
    await check(
      [hostileText(corpusLines)],
      async (text) => {
        const { value, error } = await settled(() => parseAct(text));
        expect(error).toBeUndefined();
        expect(value?.text).toBe(text);
        expect(["deliberation", "arrete"]).toContain(value?.kind);
      },
      400,
    );
  });

  it("vérifie n'importe quel texte avec des constats en français, sans « undefined » ni « NaN »", async () => {
    await check(
      [hostileText(corpusLines)],
      async (text) => {
        const { error } = await settled(() => expectCleanReport(text));
        expect(error).toBeUndefined();
      },
      300,
    );
  });

  it("vérifie des actes réels mutilés (lignes mélangées, nombres géants) avec des constats propres", async () => {
    await check(
      [mangledAct],
      async (text) => {
        const { error } = await settled(() => expectCleanReport(text));
        expect(error).toBeUndefined();
      },
      300,
    );
  });

  it("ignore proprement les valeurs qui ne sont pas du texte", async () => {
    await check(
      [fc.anything()],
      async (value) => {
        // The Word add-in passes whatever the document API gave; parseAct promises an act for any input.
        const { value: act, error } = await settled(() => parseAct(value as string));
        expect(error).toBeUndefined();
        expect(act?.missing.length).toBeGreaterThan(0);
      },
      100,
    );
  });

  it.each(HUGE_TEXTS)("termine dans le temps imparti sur %s", async (_, make) => {
    const text = make();
    const { error } = await settled(() => expectCleanReport(text));
    expect(error).toBeUndefined();
  });
});
