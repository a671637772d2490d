import { agreed } from "@shared/domain/common/agreement";

/** French typography for text shown in the pages: agreement of counted nouns, spaces the typographer does not break. */

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";

/**
 * « 1 membre présent », « 2 membres présents », « 0 membre » (French puts 0 and 1 in the singular); the number and
 * its noun never part at a line end.
 */
export function countOf(n: number, singular: string, plural?: string): string {
  return `${n.toLocaleString("fr-FR")}${NBSP}${agreed(n, singular, plural)}`;
}

/**
 * A space before « : » (non-breaking) and before « ; ? ! » (narrow non-breaking), and inside « », where the text has
 * an ordinary one: the mark never starts a line. Times (« 19:00 ») and addresses (« https:// ») have no space, and
 * are left alone.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ :/g, `${NBSP}:`)
    .replace(/ ([;?!])/g, `${NARROW_NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}
