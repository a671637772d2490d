import { wordsToNumber } from "./french-numbers";

describe("wordsToNumber", () => {
  it.each([
    ["deux mil vingt-trois", 2023],
    ["deux mille vingt-quatre", 2024],
    ["mil neuf cent quatre-vingt-dix-neuf", 1999],
    ["vingt et un", 21],
    ["quatre-vingt-dix", 90],
    ["quatre-vingts", 80],
    ["soixante-dix-sept", 77],
    ["premier", 1],
    ["dix-huit", 18],
  ])("« %s » = %i", (words, value) => {
    expect(wordsToNumber(words.split(/[\s-]+/))).toBe(value);
  });

  it("refuse un mot qui n'est pas un nombre", () => {
    expect(wordsToNumber(["vingt", "heures"])).toBeUndefined();
    expect(wordsToNumber([])).toBeUndefined();
  });
});
