import { Badge } from "@fluentui/react-components";
import type { BalanceRow } from "./balance-summary";
import { AMOUNT_COLUMNS, balanceLines } from "./balance-summary";
import { useBalanceSummaryStyles } from "./balance-summary-styles";

export interface BalanceSummaryProps {
  readonly caption: string;
  readonly rows: readonly BalanceRow[];
}

/** Dépenses, recettes and their gap for each section of a budget, as a table a screen reader can walk. */
export function BalanceSummary({ caption, rows }: BalanceSummaryProps) {
  const styles = useBalanceSummaryStyles();
  const [depenses, recettes, ecart] = AMOUNT_COLUMNS;
  return (
    <table className={`${styles.table} ${styles.narrow}`}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            Section
          </th>
          {AMOUNT_COLUMNS.map((name) => (
            <th key={name} scope="col" className={`${styles.cell} ${styles.amount}`}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {balanceLines(rows).map((line) => (
          <tr key={line.label}>
            <th scope="row" className={styles.cell}>
              {line.label}
            </th>
            <td className={`${styles.cell} ${styles.amount}`} data-label={depenses}>
              {line.depenses}
            </td>
            <td className={`${styles.cell} ${styles.amount}`} data-label={recettes}>
              {line.recettes}
            </td>
            <td className={styles.cell} data-label={ecart}>
              <span className={styles.gap}>
                <span className={styles.amount}>{line.ecart}</span>
                <Badge appearance="tint" color={line.status.color}>
                  {line.status.text}
                </Badge>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
