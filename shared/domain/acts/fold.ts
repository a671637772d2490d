/**
 * Folds a text for matching: lower case, diacritics removed, typographic apostrophes and spaces made plain.
 * Every character maps to exactly one character, so an offset in the folded text is an offset in the source:
 * findings can point at the secretary's own words.
 */
const MAP: Readonly<Record<string, string>> = {
  à: "a",
  â: "a",
  ä: "a",
  á: "a",
  ã: "a",
  ç: "c",
  é: "e",
  è: "e",
  ê: "e",
  ë: "e",
  î: "i",
  ï: "i",
  í: "i",
  ô: "o",
  ö: "o",
  ó: "o",
  ù: "u",
  û: "u",
  ü: "u",
  ú: "u",
  ÿ: "y",
  ñ: "n",
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "`": "'",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\t": " ",
  "\u2013": "-",
  "\u2011": "-",
  "\u2010": "-",
  "\u00ba": "°",
};

const FOLDABLE = new RegExp(`[${Object.keys(MAP).join("")}]`, "g");

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for every character a French act uses; the exotic ones (İ) are left as they were.
  const source = lower.length === text.length ? lower : text;
  return source.replace(FOLDABLE, (char) => MAP[char] ?? char);
}
