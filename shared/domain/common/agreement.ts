/**
 * The counted noun agreed as French writes it: singular for 0 and 1 (« 0 erreur », « 1 jour franc »), plural from 2.
 * Each word of the group takes its s (« membre présent » → « membres présents »); words ending in s, x or z stay.
 */
export function agreed(n: number, singular: string, plural = pluralOf(singular)): string {
  return Math.abs(n) < 2 ? singular : plural;
}

function pluralOf(singular: string): string {
  return singular
    .split(" ")
    .map((w) => (/[sxz]$/i.test(w) || w.length < 3 ? w : `${w}s`))
    .join(" ");
}

/** « 1 jour franc », « 3 jours francs »; a convocation sent on or after the day of the séance leaves none. */
export function joursFrancs(n: number): string {
  const days = Math.max(0, n);
  return `${days} ${agreed(days, "jour franc", "jours francs")}`;
}
