import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BudgetReadError, readBudgetCsv, readBudgetFile, readDocumentBudgetaire } from "@shared/io/budget";
import { parseMoney } from "@shared/domain/budget";
import type { BudgetDocument } from "@shared/domain/budget";
import { documentBudgetaire, NATURES } from "./budget-xml";
import type { XmlLine } from "./budget-xml";
import { check, expectDocumentedError, fc, hostileText, settled } from "./support";

const FIXTURES = join(__dirname, "../fixtures/budgets");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const CSV = fixture("bp-equilibre.csv").toString("utf8");
const XML = fixture("bp-desequilibre-tardif.xml");

/** Printable ISO-8859-1 characters (the C1 range 0x80-0x9F means something else in windows-1252). */
const latin1Char = fc
  .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }))
  .map((c) => String.fromCharCode(c));
const latin1Text = fc.array(latin1Char, { maxLength: 30 }).map((chars) => chars.join(""));

const xmlLine: fc.Arbitrary<XmlLine> = fc.record({
  nature: fc.constantFrom(...NATURES),
  sens: fc.constantFrom<"D" | "R">("D", "R"),
  cents: fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
  libelle: latin1Text,
});

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);

async function readOutcome(read: () => unknown): Promise<unknown> {
  const { value, error } = await settled(read);
  if (error !== undefined) expectDocumentedError(error, BudgetReadError);
  return value;
}

describe("lecteur DocumentBudgetaire : encodages", () => {
  it("lit les mêmes lignes en ISO-8859-1, en UTF-8, avec ou sans BOM, avec ou sans déclaration", async () => {
    await check(
      [fc.array(xmlLine, { minLength: 1, maxLength: 12 }), latin1Text],
      async (lines, collectivite) => {
        const reference = readDocumentBudgetaire(
          latin1(documentBudgetaire(lines, "ISO-8859-1", collectivite)),
          "bp.xml",
        );
        expect(reference.collectivite).toBe(collectivite.trim() === "" ? undefined : collectivite.trim());
        expect(reference.lines.map((l) => [l.nature, l.amounts.credits, l.libelle])).toEqual(
          lines.map((l) => [l.nature, l.cents, l.libelle.trim() === "" ? undefined : l.libelle.trim()]),
        );
        for (const bytes of [
          utf8(documentBudgetaire(lines, "UTF-8", collectivite)),
          withBom(utf8(documentBudgetaire(lines, "UTF-8", collectivite))),
          utf8(documentBudgetaire(lines, undefined, collectivite)),
          latin1(documentBudgetaire(lines, "iso-8859-1", collectivite)),
          latin1(documentBudgetaire(lines, "windows-1252", collectivite)),
        ]) {
          expect(readDocumentBudgetaire(bytes, "bp.xml")).toEqual(reference);
        }
      },
      200,
    );
  });

  it("refuse un fichier déclaré UTF-8 qui contient des octets ISO-8859-1 (accents), sans mojibake", async () => {
    await check(
      [fc.array(xmlLine, { minLength: 1, maxLength: 6 }), latin1Text],
      async (lines, collectivite) => {
        const bytes = latin1(documentBudgetaire(lines, "UTF-8", collectivite));
        const outcome = await readOutcome(() => readDocumentBudgetaire(bytes, "bp.xml"));
        // Some accented ISO-8859-1 pairs are valid UTF-8 too ("Â" then a no-break space is U+00A0): those cannot be told apart.
        if (!isUtf8(bytes)) expect(outcome).toBeUndefined();
        else if (/^[\x00-\x7f]*$/.test([...lines.map((l) => l.libelle), collectivite].join(""))) {
          expect(outcome).toEqual(
            readDocumentBudgetaire(utf8(documentBudgetaire(lines, "UTF-8", collectivite)), "bp.xml"),
          );
        } else {
          expect((outcome as BudgetDocument).lines.map((l) => [l.nature, l.amounts.credits])).toEqual(
            lines.map((l) => [l.nature, l.cents]),
          );
        }
      },
      200,
    );
  });

  it("lit un fichier déclaré ISO-8859-1 mais écrit en UTF-8 sans altérer natures ni montants (seuls les libellés accentués diffèrent)", async () => {
    await check(
      [fc.array(xmlLine, { minLength: 1, maxLength: 6 })],
      async (lines) => {
        const doc = readDocumentBudgetaire(utf8(documentBudgetaire(lines, "ISO-8859-1")), "bp.xml");
        expect(doc.lines.map((l) => [l.nature, l.sens, l.amounts.credits])).toEqual(
          lines.map((l) => [l.nature, l.sens, l.cents]),
        );
      },
      100,
    );
  });

  it("refuse les encodages non pris en charge en les nommant", () => {
    for (const declared of ["UTF-16", "EBCDIC", "x-mac-roman", "UTF-7"]) {
      expect(() => readDocumentBudgetaire(utf8(documentBudgetaire([], declared)), "bp.xml")).toThrow(
        `encodage « ${declared} » non pris en charge`,
      );
    }
  });
});

describe("lecteur DocumentBudgetaire : XML hostile", () => {
  const text = XML.toString("latin1");

  it("rend un budget ou une BudgetReadError française sur n'importe quels octets", async () => {
    await check(
      [fc.uint8Array({ maxLength: 2000 })],
      async (bytes) => {
        await readOutcome(() => readDocumentBudgetaire(bytes, "bp.xml"));
      },
      300,
    );
  });

  it("rend un budget ou une BudgetReadError française sur un vrai flux tronqué, coupé ou altéré", async () => {
    const mutation = fc.tuple(
      fc.nat({ max: text.length }),
      fc.nat({ max: text.length }),
      hostileText(["<", ">", "/>", "</LigneBudget>", '"', "&", "&amp;", "&#x110000;", "<!--", "]]>", "<![CDATA["]),
    );
    await check(
      [mutation, fc.boolean()],
      async ([from, to, junk], truncate) => {
        const [a, b] = from < to ? [from, to] : [to, from];
        const mangled = truncate ? text.slice(0, a) : text.slice(0, a) + junk + text.slice(b);
        await readOutcome(() => readDocumentBudgetaire(latin1(mangled.replace(/[^\x00-\xff]/g, "?")), "bp.xml"));
      },
      400,
    );
  });

  it("rend une BudgetReadError sur des montants remplacés par n'importe quoi, en nommant la ligne", async () => {
    await check(
      [hostileText(["1 234,56", "1,234.56", "=SUM(A1)", "#DIV/0!", "1e3", "-", "(12,50)"])],
      async (amount) => {
        const escaped = amount
          .replace(/[^\x20-\x7e\xa0-\xff]/g, "")
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;")
          .replace(/"/g, "&quot;");
        const bytes = latin1(text.replace('<CredOuv V="12000.00"/>', `<CredOuv V="${escaped}"/>`));
        const outcome = await readOutcome(() => readDocumentBudgetaire(bytes, "bp.xml"));
        const decoded = escaped
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&amp;/g, "&")
          .trim();
        const expected = decoded === "" ? undefined : parseMoney(decoded);
        if (decoded !== "" && expected === undefined) expect(outcome).toBeUndefined();
      },
      300,
    );
  });

  it.each([
    [
      "imbriqué sur 100 000 niveaux",
      () =>
        `<?xml version="1.0"?><DocumentBudgetaire><Budget>${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</Budget></DocumentBudgetaire>`,
    ],
    ["imbriqué puis tronqué", () => `<?xml version="1.0"?><DocumentBudgetaire><Budget>${"<a>".repeat(200_000)}`],
    [
      "de 5 Mo d'attributs",
      () =>
        `<?xml version="1.0"?><DocumentBudgetaire><Budget><EnTeteBudget><Nomenclature V="${"9".repeat(5_000_000)}"/></EnTeteBudget></Budget></DocumentBudgetaire>`,
    ],
    [
      "de 20 000 lignes budgétaires",
      () =>
        documentBudgetaire(
          Array.from({ length: 20_000 }, (_, i) => ({
            nature: NATURES[i % NATURES.length] as string,
            sens: "D" as const,
            cents: i,
            libelle: "x",
          })),
          "UTF-8",
        ),
    ],
    [
      "aux entités en cascade",
      () =>
        `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY e "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><DocumentBudgetaire><Budget><EnTeteBudget><Nomenclature V="&e;&e;&e;&e;"/></EnTeteBudget></Budget></DocumentBudgetaire>`,
    ],
  ])("termine dans le temps imparti sur un XML %s", async (_, make) => {
    const bytes = utf8(make());
    const { error } = await settled(() => readDocumentBudgetaire(bytes, "bp.xml"));
    if (error !== undefined) expectDocumentedError(error, BudgetReadError);
  });
});

describe("export CSV du classeur budgétaire", () => {
  const [head, ...rest] = CSV.split("\n");
  const cells = hostileText([
    "1 234,56",
    "1\u00a0234,56",
    "1.234,56",
    "1,234.56",
    "-12,5",
    "(12,50)",
    "",
    "12,345,678.9",
    "1e3",
    "12,5 €",
    "=SUM(A1)",
    "#DIV/0!",
    "#REF!",
    "VRAI",
    '"',
    ";",
    "\r",
  ]);

  it("lit le bon montant ou refuse en nommant la ligne et la colonne", async () => {
    await check(
      [fc.nat({ max: 8 }), fc.constantFrom(8, 9, 10), cells],
      async (row, column, cell) => {
        const lines = [head, ...rest];
        const at = 7 + row;
        const fields = (lines[at] as string).split(";");
        fields[column] = cell.replace(/[;"\r\n]/g, "");
        lines[at] = fields.join(";");
        const outcome = await readOutcome(() => readBudgetCsv(utf8(lines.join("\n")), "bp.csv"));
        const expected = fields[column]?.trim() === "" ? undefined : parseMoney(fields[column]);
        if (fields[column]?.trim() !== "" && expected === undefined) {
          expect(outcome).toBeUndefined();
          expect(() => readBudgetCsv(utf8(lines.join("\n")), "bp.csv")).toThrow(`bp.csv, ligne ${at + 1}, colonne`);
        } else {
          const document = outcome as Awaited<ReturnType<typeof readBudgetCsv>>;
          const amounts = document.lines[row]?.amounts;
          expect([amounts?.credits, amounts?.rar, amounts?.realise][column - 8]).toBe(expected);
        }
      },
      300,
    );
  });

  it("rend un budget ou une BudgetReadError française sur n'importe quel texte ou octets", async () => {
    const mangledCsv = fc
      .tuple(
        fc.nat({ max: CSV.length }),
        fc.nat({ max: CSV.length }),
        hostileText([";", '"', "\n", "# Type;", "# Exercice;", "Section;Sens"]),
      )
      .map(([a, b, junk]) => CSV.slice(0, Math.min(a, b)) + junk + CSV.slice(Math.max(a, b)));
    await check(
      [fc.oneof(mangledCsv.map(utf8), fc.uint8Array({ maxLength: 1000 }))],
      async (bytes) => {
        await readOutcome(() => readBudgetCsv(bytes, "bp.csv"));
      },
      300,
    );
  });

  it("termine dans le temps imparti sur 100 000 lignes", async () => {
    const bytes = utf8(`${CSV}${"F;D;011;60632;;;Fournitures;réel;12 000,00;;\n".repeat(100_000)}`);
    const { value, error } = await settled(() => readBudgetCsv(bytes, "bp.csv"));
    expect(error).toBeUndefined();
    expect(value?.lines).toHaveLength(100_009);
  });
});

describe("readBudgetFile", () => {
  it("rend un budget ou une BudgetReadError française pour n'importe quel nom et contenu", async () => {
    const name = fc.oneof(
      fc.constantFrom("bp.xml", "bp.XLSX", "bp.csv", "bp", "bp.xml.txt", ".xml", "bp.ods", "bp.xls"),
      fc.string({ maxLength: 12 }),
    );
    await check(
      [name, fc.oneof(fc.uint8Array({ maxLength: 800 }), fc.constant(new Uint8Array(XML)), fc.constant(utf8(CSV)))],
      async (file, bytes) => {
        await readOutcome(() => readBudgetFile(bytes, file));
      },
      200,
    );
  });
});
