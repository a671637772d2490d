import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSeance, parseSeance } from "@shared/domain/council";
import { check, expectFrench, fc, hostileText, settled } from "./support";

const FIXTURES = join(__dirname, "../fixtures/seances");
const seances: unknown[] = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json") && name !== "malformee.json")
  .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as unknown);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON tree, so that a mutation can reach any field, however deep. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === "object")
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  return [prefix];
}

function replaced(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return by;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaced(item, rest, by) : item));
  if (value !== null && typeof value === "object")
    return { ...value, [head]: replaced((value as Record<string, unknown>)[head], rest, by) };
  return value;
}

/** Values that break schemas: wrong types, dates in words and impossible dates, huge and negative counts, hostile text. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    "",
    0,
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER,
    1e308,
    true,
    [],
    {},
    "2025-02-30",
    "30/02/2025",
    "le dix-huit septembre deux mille vingt-trois",
    "2025-13-01",
    "0000-00-00",
    "20:61",
    "NaN",
    "__proto__",
  ),
  hostileText(["2025-03-24", "Anne Leroy", "pour", "maire", "adopte", "dematerialisee"]),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A real séance with one field anywhere replaced by a hostile value, or a field removed. */
const mutatedSeance = fc.tuple(fc.constantFrom(...seances), fc.nat(), hostileValue).map(([seance, pick, value]) => {
  const all = paths(seance).filter((p) => p.length > 0);
  return replaced(seance, all[pick % all.length] as (string | number)[], value);
});

/** The strings of a JSON tree: a finding may echo any of them. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsOf(item)]);
  return [];
}

function expectCleanOutcome(json: unknown): void {
  const parsed = parseSeance(json);
  const echoed = stringsOf(json);
  if (!parsed.ok) {
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const error of parsed.errors) expectFrench(error, echoed);
    return;
  }
  for (const finding of checkSeance(parsed.seance, { today: "2025-06-15" })) {
    expectFrench(finding.message, echoed);
    expect(finding.rule).toMatch(/^CM-\d{3}$/);
  }
}

describe("lecteur de séance : entrées hostiles", () => {
  it("rend une séance vérifiée ou des erreurs françaises nommant le champ, quelle que soit la valeur d'un champ", async () => {
    await check(
      [mutatedSeance],
      async (json) => {
        const { error } = await settled(() => expectCleanOutcome(json));
        expect(error).toBeUndefined();
      },
      400,
    );
  });

  it("rend des erreurs françaises sur n'importe quelle valeur JSON à la racine", async () => {
    await check(
      [fc.jsonValue({ maxDepth: 4 })],
      async (json) => {
        const { error } = await settled(() => expectCleanOutcome(json as Json));
        expect(error).toBeUndefined();
        expect(parseSeance(json).ok).toBe(false);
      },
      200,
    );
  });

  it("termine dans le temps imparti sur une séance de 5 000 membres et 2 000 points", async () => {
    const base = seances[0] as { members: string[]; presents: string[]; points: unknown[] };
    const members = Array.from({ length: 5000 }, (_, i) => `Conseiller ${i}`);
    const huge = {
      ...base,
      members,
      presents: members,
      enExercice: members.length,
      points: Array.from({ length: 2000 }, () => base.points[0]),
    };
    const { error } = await settled(() => expectCleanOutcome(huge));
    expect(error).toBeUndefined();
  });
});
