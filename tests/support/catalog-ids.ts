/** « [NOM-01..03] », a cell of cli.md's tables, is NOM-01, NOM-02, NOM-03; « [EQ-09, EQ-10] » is both ids. */
export function expandCatalogIds(cell: string): string[] {
  return cell.split(/,\s*/).flatMap((id) => {
    const range = /^([A-Z0-9]+-)(\d+)\.\.(\d+)$/.exec(id.trim());
    if (!range) return [id.trim()];
    const [, prefix = "", from = "0", to = "0"] = range;
    return Array.from(
      { length: Number(to) - Number(from) + 1 },
      (_, i) => `${prefix}${String(Number(from) + i).padStart(from.length, "0")}`,
    );
  });
}

/**
 * Budget rules of issue 12 that budget-rules.json (read-only spec) does not hold yet, each with its CGCT
 * reference in its file: the chapters voted negative, the credits' limit, the vote's deadline, the « dépenses
 * imprévues » of M14, the carrying over of the 1068 and of the restes à réaliser. The lead adds them to the catalog,
 * then this list empties.
 */
export const SUITE_ADDED: readonly string[] = [
  "BUD-CHAP-NEGATIF",
  "BUD-CREDITS-LIMITATIFS",
  "BUD-DATE-VOTE",
  "BUD-DM-CHAPITRES",
  "BUD-DM-NEGATIF",
  "BUD-DM-REPORT",
  "BUD-IMPREVUES-M14",
  "BUD-REPRISE-1068",
  "BUD-REPRISE-RAR",
  // Issue 14: the @CTES envelope of the tiers de télétransmission, which no catalog of the spec covers (sources in
  // shared/domain/transmission/envelope.ts; the README lists them).
  "TDT-CLASSIFICATION",
  "TDT-NATURE",
  "TDT-NUMERO",
  "TDT-NUMERO-UNIQUE",
  "TDT-OBJET",
  "TDT-PDF",
  "TDT-TAILLE",
  "TDT-TRANSMISSIBLE",
];
