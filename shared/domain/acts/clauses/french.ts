/**
 * French that agrees by construction where a value meets the template's text: « de » + « adjoint » is
 * « d'adjoint », « de » + « Le Mans » is « du Mans », « à » + « Les Essarts » is « aux Essarts ». Only the junction
 * of the template's last word and the value's first word is rewritten: the template's own text is never touched
 * (« afin de le faire » keeps its pronoun), and no template has to reword a sentence to avoid the junction.
 */

/** Words whose h is aspirated: no elision before them (« de hameau », « le handicap »). */
const ASPIRATED_H = [
  "hache",
  "haie",
  "hall",
  "halle",
  "halte",
  "hameau",
  "handicap",
  "hangar",
  "harcèlement",
  "hasard",
  "haut",
  "havre",
  "héros",
  "hêtre",
  "hiérarchi",
  "hollande",
  "hongrie",
  "hors",
  "huit",
];

/** Does a word call for elision: a vowel, a mute h, or a y before a consonant (« d'Yssingeaux », « de yaourt »). */
export function startsWithVowelSound(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^[aeiouàâäéèêëîïôöùûüœæ]/.test(lower)) return true;
  if (/^y[^aeiouy]/.test(lower)) return true;
  if (!lower.startsWith("h") || !/^h[a-zàâäéèêëîïôöùûü]/.test(lower)) return false;
  return !ASPIRATED_H.some((aspirated) => lower.startsWith(aspirated));
}

/** Keeps the case of the word it replaces: « DE » → « DU », « De » → « Du », « de » → « du ». */
function sameCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase()) return (word[0]?.toUpperCase() ?? "") + word.slice(1);
  return word;
}

const CONTRACTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: { le: "du", les: "des" },
  à: { le: "au", les: "aux" },
};
const ELIDED: Readonly<Record<string, string>> = { de: "d'", le: "l'", la: "l'", que: "qu'", ce: "c'" };

/** The template's last word before the value, when it is one that contracts or elides, with what precedes it. */
const TRAILING_WORD = /(^|[\s(«"“’'-])(de|à|le|la|que|ce)\s$/iu;
const LEADING_ARTICLE = /^(le|les)\s+(?=\S)/iu;

/**
 * Joins a value to the text before it. Returns the text before (its last word possibly rewritten) and the value
 * (its leading article possibly absorbed).
 */
export function joinValue(before: string, value: string): { readonly before: string; readonly value: string } {
  const trailing = TRAILING_WORD.exec(before);
  if (!trailing) return { before, value };
  const word = trailing[2] ?? "";
  const lower = word.toLowerCase();
  const head = before.slice(0, before.length - word.length - 1);
  const article = LEADING_ARTICLE.exec(value);
  const contracted = article ? CONTRACTIONS[lower]?.[(article[1] ?? "").toLowerCase()] : undefined;
  if (article && contracted)
    return { before: `${head}${sameCase(word, contracted)} `, value: value.slice(article[0].length) };
  const elided = ELIDED[lower];
  if (elided && startsWithVowelSound(value)) return { before: head + sameCase(word, elided), value };
  return { before, value };
}
