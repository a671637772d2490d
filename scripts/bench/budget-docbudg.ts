import { formatMoneyPlain } from "@shared/domain/common/money";
import { SaxesParser } from "saxes";
import { syntheticBudget } from "@shared/domain/budget";

/**
 * A DocumentBudgetaire of `count` distinct lines (each nature paired with its own fonction), as ODM writes it,
 * with an annex of loans: what the reader meets in a large département's flow.
 */
export function generatedDocumentBudgetaire(count: number): Uint8Array {
  const { lines } = syntheticBudget(count);
  const parts = [
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">',
    '<EnTeteDocBudgetaire><LibelleColl V="COMMUNE GÉNÉRÉE"/></EnTeteDocBudgetaire><Budget>',
    '<EnTeteBudget><LibelleEtab V="BUDGET PRINCIPAL"/><Nomenclature V="M57-M57_A"/></EnTeteBudget>',
    '<BlocBudget><NatDec V="01"/><Exer V="2024"/><DteDec V="2024-03-28"/><CodTypBud V="P"/></BlocBudget>',
  ];
  lines.forEach((line, i) => {
    const amount = formatMoneyPlain(line.amounts.credits ?? 0);
    parts.push(
      `<LigneBudget><Nature V="${line.nature}"/><Fonction V="${i}"/><ContNat V="${line.chapitre}"/><CodRD V="${line.sens}"/>` +
        `<MtPrev V="${amount}"/><CredOuv V="${amount}"/><OpBudg V="${line.mouvement === "ordre" ? 1 : 0}"/>` +
        (line.typeOrdre ? `<TypOpBudg V="${line.typeOrdre === "interieur" ? 1 : 2}"/>` : "") +
        `<LibCpte V="Ligne générée n° ${i}"/><CaracSup V="${line.section}" Code="Section"/></LigneBudget>`,
    );
  });
  parts.push("<Annexes><DATA_EMPRUNT>");
  for (let i = 0; i < 200; i++)
    parts.push(
      `<EMPRUNT><CodTypEmpr V="01"/><LibOrgaPreteur V="Prêteur ${i}"/><MtIntExer V="100.00"/><MtCapitalExer V="1000.00"/></EMPRUNT>`,
    );
  parts.push("</DATA_EMPRUNT></Annexes></Budget></DocumentBudgetaire>");
  return new Uint8Array(Buffer.from(parts.join("\n"), "latin1"));
}

/** The floor: decoding and one bare saxes pass over the same bytes, slice by slice, keeping nothing. */
export function bareSaxesPass(bytes: Uint8Array): number {
  const decoder = new TextDecoder("windows-1252");
  const parser = new SaxesParser();
  let elements = 0;
  parser.on("opentag", () => {
    elements++;
  });
  for (let at = 0; at < bytes.length; at += 1 << 16)
    parser.write(decoder.decode(bytes.subarray(at, at + (1 << 16)), { stream: true }));
  parser.close();
  return elements;
}
