/** Numbers written in French words, as acts spell dates and times ("deux mil vingt-trois", "quatre-vingt-dix"). */
const VALUES: Readonly<Record<string, number>> = {
  zero: 0,
  un: 1,
  une: 1,
  premier: 1,
  "1er": 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mil: 1000,
  mille: 1000,
};

/** True for a folded word that can be part of a number written in letters ("et" joins "vingt et un"). */
export function isNumberWord(word: string): boolean {
  return word in VALUES || word === "et";
}

/** The value of a sequence of folded number words, or undefined when one of them is not a number word. */
export function wordsToNumber(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let previous = "";
  let any = false;
  for (const word of words) {
    if (word === "et") continue;
    const value = VALUES[word];
    if (value === undefined) return undefined;
    any = true;
    if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (value === 100) {
      current = (current || 1) * 100;
    } else if (value === 20 && previous === "quatre") {
      // "quatre-vingt(s)" multiplies instead of adding.
      current += 76;
    } else {
      current += value;
    }
    previous = word;
  }
  return any ? total + current : undefined;
}
