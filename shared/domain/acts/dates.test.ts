import { findDates } from "./dates";
import { foldText } from "../common/fold";

const isoDates = (text: string) => findDates(foldText(text), 0, 1).map((d) => d.iso);

describe("findDates", () => {
  it.each([
    ["L'an deux mil vingt-trois, le dix-huit septembre à vingt heures", "2023-09-18"],
    ["L'an deux mille vingt-quatre, le premier octobre", "2024-10-01"],
    ["le vingt et un mars deux mille vingt-quatre", "2024-03-21"],
    ["le trente et un décembre deux mil", "2000-12-31"],
    ["Date de convocation : 12/09/2023", "2023-09-12"],
    ["Transmis le 05.10.23", "2023-10-05"],
    ["reçu le 2024-02-29", "2024-02-29"],
    ["Fait à Brive, le 1er mars 2024", "2024-03-01"],
    ["le 7 août 2025", "2025-08-07"],
  ])("« %s »", (text, iso) => {
    expect(isoDates(text)).toEqual([iso]);
  });

  it("situe la date dans le texte", () => {
    const [date] = findDates(foldText("Séance du 18 septembre 2023"), 100, 4);
    expect(date).toEqual({ iso: "2023-09-18", line: 4, start: 110, end: 127 });
  });

  it("ignore les dates impossibles et les nombres qui n'en sont pas", () => {
    expect(isoDates("le 30 février 2024, le 31/04/2024, article L. 2121-29, 15 voix pour")).toEqual([]);
    expect(isoDates("le dix-huit septembre")).toEqual([]);
  });
});
