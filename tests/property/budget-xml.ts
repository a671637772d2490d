import { formatMoneyPlain } from "@shared/domain/common/money";

/** A small DocumentBudgetaire flow written from generated lines, to be saved in several encodings. */
export interface XmlLine {
  readonly nature: string;
  readonly sens: "D" | "R";
  readonly cents: number;
  readonly libelle: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function documentBudgetaire(
  lines: readonly XmlLine[],
  declaration: string | undefined,
  collectivite = "COMMUNE DE SAINT-ÉLOI-LÈS-TEST",
): string {
  const body = lines
    .map(
      (l) =>
        `<LigneBudget><Nature V="${l.nature}"/><CodRD V="${l.sens}"/><MtPrev V="${formatMoneyPlain(l.cents)}"/><CredOuv V="${formatMoneyPlain(l.cents)}"/><OpBudg V="0"/><LibCpte V="${escapeXml(l.libelle)}"/></LigneBudget>`,
    )
    .join("\n");
  return `${declaration === undefined ? "" : `<?xml version="1.0" encoding="${declaration}"?>\n`}<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">
<EnTeteDocBudgetaire><LibelleColl V="${escapeXml(collectivite)}"/></EnTeteDocBudgetaire>
<Budget><EnTeteBudget><LibelleEtab V="BUDGET PRINCIPAL"/><Nomenclature V="M57-M57_A"/></EnTeteBudget>
<BlocBudget><NatDec V="01"/><Exer V="2024"/><DteDec V="2024-04-25"/><CodTypBud V="P"/></BlocBudget>
${body}
</Budget></DocumentBudgetaire>`;
}

/** Natures of the M57 abrégée with their section known, so every generated line can be placed. */
export const NATURES = ["60632", "6411", "73111", "2183", "1641", "10222", "1323", "6156", "7411", "21318"] as const;
