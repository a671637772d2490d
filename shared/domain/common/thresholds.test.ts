import { inCovidWindow, isAlsaceMoselle, reglementInterieurThreshold } from "./thresholds";

describe("seuils", () => {
  it("seuils datés et Alsace-Moselle", () => {
    expect(["57", "67", "68", " 67", "75", undefined].map(isAlsaceMoselle)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(reglementInterieurThreshold("2020-02-29")).toBe(3500);
    expect(reglementInterieurThreshold("2020-03-01")).toBe(1000);
    expect(inCovidWindow("2021-01-15")).toBe(true);
    expect(inCovidWindow("2022-09-01")).toBe(false);
  });
});
