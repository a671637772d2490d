import { appendFileSync } from "node:fs";
import fc from "fast-check";

/**
 * Shared pieces of the property tests: the outcome of a call, the "clear French message" check, a case counter
 * and the hostile text arbitraries every reader is fed.
 */

let cases = 0;

/**
 * On a developer's machine every run draws new cases, and a failure prints its seed to replay it; CI replays one
 * fixed draw (MAIRIE_PROPERTY_SEED overrides it), so that a submission is judged on the cases its author ran.
 */
const CI_SEED = process.env["MAIRIE_PROPERTY_SEED"]
  ? Number(process.env["MAIRIE_PROPERTY_SEED"])
  : process.env["CI"]
    ? 20261201
    : undefined;

/**
 * Runs a property and counts its cases. When the case reporter asked for it (MAIRIE_PROPERTY_CASES), the count of
 * each test is appended to its file so that the reporter can print the total of the run.
 */
export async function check<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => Promise<void> | void,
  numRuns: number,
): Promise<void> {
  const before = cases;
  const counted = async (...args: Ts) => {
    cases++;
    await predicate(...args);
  };
  await fc.assert(fc.asyncProperty(...arbitraries, counted), {
    numRuns,
    endOnFailure: false,
    ...(CI_SEED === undefined ? {} : { seed: CI_SEED }),
  });
  const file = process.env["MAIRIE_PROPERTY_CASES"];
  if (file) appendFileSync(file, `${cases - before}\n`);
}

/**
 * Calls `run` and returns what it returned or threw. No duration is asserted (a loaded CI machine makes any bound
 * flaky): a hang fails on jest's test timeout, and `npm run bench` measures the time.
 */
export async function settled<T>(run: () => T | Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

const LEAKS = /undefined|\bNaN\b|\[object|^\s+at\s|\n\s+at\s/;

/**
 * What the user typed may legitimately contain "undefined" or "NaN": text echoed between « » or quotes, and the
 * input's own strings (a councillor's name is echoed bare), are not leaks.
 */
function leakIn(message: string, echoed: readonly string[]): RegExpExecArray | null {
  const quoted = message.replace(/«[^»]*»/g, "«»").replace(/"[^"]*"/g, '""');
  // Stripping thousands of input strings from every message is slow: only a suspect message pays for it.
  if (!LEAKS.test(quoted)) return null;
  return LEAKS.exec(echoed.filter((text) => text !== "").reduce((rest, text) => rest.split(text).join(" "), quoted));
}

const FRENCH =
  /[éèêàâçùûîôœ«»]|\b(?:le|la|les|de|du|des|un|une|est|pas|attendu|absent|absente|invalide|illisible|fichier|ligne|cellule|colonne|montant|format|encodage|feuille|champ|manquant|entrée|aucun|trop)\b/i;

/** Why a message is not a clear French sentence, or undefined when it is one. */
export function frenchProblem(message: unknown, echoed: readonly string[] = []): string | undefined {
  if (typeof message !== "string" || message.trim() === "") return "message vide";
  if (!FRENCH.test(message)) return `message non français : ${message.slice(0, 200)}`;
  const leak = leakIn(message, echoed);
  return leak ? `message avec « ${leak[0].trim()} » : ${message.slice(0, 200)}` : undefined;
}

export function expectFrench(message: unknown, echoed: readonly string[] = []): void {
  const problem = frenchProblem(message, echoed);
  if (problem) throw new Error(problem);
}

/** A thrown value must be the module's documented error type and carry a clear French message. */
export function expectDocumentedError(error: unknown, type: abstract new (...args: never[]) => Error): void {
  if (!(error instanceof type)) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`exception non documentée (attendu ${type.name}) : ${shown.slice(0, 300)}`);
  }
  expectFrench(error.message);
}

/** Characters that trick parsers: direction marks, joiners, combining accents, odd spaces, fullwidth digits. */
export const TRICKS = [
  "\u200f",
  "\u200e",
  "\u202e",
  "\u200d",
  "\u200b",
  "\ufeff",
  "\u0301",
  "\u0300",
  "e\u0301",
  "\u00a0",
  "\u202f",
  "\u2009",
  "\u3000",
  "\uff11",
  "\uff12",
  "\uff10",
  "\u0661",
  "\u2212",
  "\u2013",
  "\ud800",
  "\udfff",
  "\u0000",
  "\r",
  "\n",
  "\t",
  "İ",
  "ß",
  "ﬁ",
  "😀",
  "𝟙",
  "é",
  "É",
  "œ",
  "«",
  "»",
  "’",
] as const;

/** Any text, with a bias towards the tricky characters and the structure of real inputs. */
export function hostileText(fragments: readonly string[] = []): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
    { weight: 1, arbitrary: fc.stringMatching(/^[0-9 .,\-()€]{1,12}$/) },
    ...(fragments.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...fragments) }] : []),
  );
  return fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
}

/** Huge inputs: megabytes of one repeated pattern, or 100 000 lines. */
export const HUGE_TEXTS: readonly (readonly [string, () => string])[] = [
  ["5 Mo de chiffres", () => "7".repeat(5_000_000)],
  ["5 Mo d'espaces", () => " ".repeat(5_000_000)],
  ["2 Mo d'espaces insécables", () => "\u00a0\u202f".repeat(1_000_000)],
  ["100 000 lignes", () => "Vu le code ; le 1er mars 2023, présents : 11\n".repeat(100_000)],
  ["1 Mo de signes combinants", () => `e${"\u0301".repeat(1_000_000)}`],
  ["3 Mo de marques de direction", () => "\u200f1\u200d".repeat(1_000_000)],
  ["1 Mo de chiffres pleine chasse", () => "\uff11\uff12\uff13,\uff14\uff15 ".repeat(150_000)],
  ["une ligne de 2 Mo de dates", () => "le 1 mars 1 mars ".repeat(120_000)],
];

export { fc };
