/**
 * French typography for generated documents: typographic apostrophe, a narrow no-break space before « ; ! ? »
 * and inside guillemets, a no-break space before « : ». Applied to whole strings once, so it is idempotent.
 */
export const NBSP = "\u00a0";
export const NNBSP = "\u202f";

export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, "$1\u2019")
    .replace(/[ \u00a0\u202f]*([;!?])/g, (_m, mark: string) => `${NNBSP}${mark}`)
    .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/g, `$1${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);
}
