import { parseAct } from "@shared/domain/acts";
import type { YearStyle } from "./french-words";
import { dayInWords, MONTHS, yearInWords } from "./french-words";
import { check, fc, settled } from "./support";

interface Written {
  readonly iso: string;
  readonly text: string;
}

const realDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
  }));

const casing = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toUpperCase(),
  (s) => s.charAt(0).toUpperCase() + s.slice(1),
);

/** The opening of a délibération, with the séance's date written as secretaries write it. */
const writtenDate: fc.Arbitrary<Written> = fc
  .record({
    date: realDate,
    style: fc.constantFrom<YearStyle>("mil", "mille", "dix-neuf cent"),
    joiner: fc.constantFrom<" " | "-">(" ", "-"),
    dayDigits: fc.boolean(),
    yearDigits: fc.boolean(),
    form: fc.constantFrom("le-jour", "l-an", "chiffres"),
    cased: casing,
  })
  .map(({ date, style, joiner, dayDigits, yearDigits, form, cased }) => {
    const day = dayInWords(date.day, dayDigits, joiner);
    const month = MONTHS[date.month - 1] as string;
    const year = yearDigits ? String(date.year) : yearInWords(date.year, style, joiner);
    const pad = (n: number) => String(n).padStart(2, "0");
    const opening =
      form === "le-jour"
        ? cased(`le ${day} ${month} ${year}`) + ", le Conseil Municipal, dûment convoqué, s'est réuni à la mairie."
        : form === "l-an"
          ? cased(`l'an ${year}, le ${day} ${month}`) +
            " à vingt heures, le Conseil Municipal s'est réuni en séance ordinaire."
          : `Séance du ${pad(date.day)}/${pad(date.month)}/${date.year}, le Conseil Municipal s'est réuni.`;
    return {
      iso: date.iso,
      text: `COMMUNE DE SAINT-EXEMPLE\nDélibération n° 2024-001\nObjet : Tarifs\n\n${opening}\nDate de convocation : 02/01/1900\n`,
    };
  });

describe("dates des actes écrites en lettres et en chiffres", () => {
  it("retrouve la date ISO de la séance, quelle que soit la façon de l'écrire", async () => {
    await check(
      [writtenDate],
      async ({ iso, text }) => {
        const { value, error } = await settled(() => parseAct(text));
        expect(error).toBeUndefined();
        expect({ text, iso: value?.date?.iso }).toEqual({ text, iso });
      },
      500,
    );
  });

  it("ne lit jamais de date impossible (31 février, 29 février hors année bissextile)", async () => {
    const impossible = fc
      .record({
        year: fc.integer({ min: 1900, max: 2199 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 29, max: 31 }),
      })
      .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day);
    await check(
      [impossible, fc.boolean()],
      async ({ year, month, day }, words) => {
        const written = words
          ? `le ${dayInWords(day, false)} ${MONTHS[month - 1]} ${yearInWords(year, "mille")}`
          : `le ${day}/${month}/${year}`;
        const act = parseAct(`Séance du conseil municipal, ${written}.`);
        expect(act.dates.map((d) => d.iso)).toEqual([]);
      },
      200,
    );
  });
});
