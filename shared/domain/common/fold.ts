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

/** Combining marks (accents written as a second character): what a folded letter drops. */
const COMBINING = /[\u0300-\u036f]/g;
/** The mapped characters (a few are ASCII: the backquote, the tab) and any other character outside ASCII. */
const FOLDABLE = new RegExp(`[${Object.keys(MAP).join("")}]|[^\\u0000-\\u007f]`, "g");

/** One character folded: its mapping, else its base letter when it decomposes into a letter and accents. */
function foldChar(char: string): string {
  const mapped = MAP[char];
  if (mapped !== undefined) return mapped;
  const parts = char.normalize("NFD");
  return parts.length > 1 && parts.slice(1).replace(COMBINING, "") === "" ? parts.charAt(0) : char;
}

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps the length for every character a French act uses; the exotic ones (İ) are left as they were.
  const source = lower.length === text.length ? lower : text;
  return source.replace(FOLDABLE, foldChar);
}

/**
 * Folds a key, a label or a name for comparing it as people type it: case, accents (composed or not), apostrophes
 * and runs of spaces do not matter. Not for offsets: unlike foldText, the length may change.
 */
export function foldKey(text: string): string {
  return foldText(text.normalize("NFC").toLowerCase()).replace(COMBINING, "").replace(/\s+/g, " ").trim();
}
