import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Cents } from "@shared/domain/common/money";
import { formatMoney } from "@shared/domain/common/money";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
  },
  amount: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // In a task pane the table becomes a list: one block per section, each amount under its column's name.
  narrow: {
    "@media (max-width: 479px)": {
      "& thead": { display: "none" },
      "& tbody, & tr, & th, & td": { display: "block" },
      "& tr": { paddingBottom: tokens.spacingVerticalS },
      "& td": { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
      "& td::before": { content: "attr(data-label)", textAlign: "left" },
    },
  },
  gap: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "flex-end",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
});

export interface BalanceRow {
  readonly label: string;
  readonly depenses: Cents;
  readonly recettes: Cents;
}

export interface BalanceSummaryProps {
  readonly caption: string;
  readonly rows: readonly BalanceRow[];
}

function status(ecart: Cents) {
  if (ecart === 0) return { color: "success", text: "Équilibrée" } as const;
  if (ecart > 0) return { color: "informative", text: "Excédent" } as const;
  return { color: "danger", text: "Déficit" } as const;
}

/** Dépenses, recettes and their gap for each section of a budget, as a table a screen reader can walk. */
export function BalanceSummary({ caption, rows }: BalanceSummaryProps) {
  const styles = useStyles();
  return (
    <table className={`${styles.table} ${styles.narrow}`}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            Section
          </th>
          <th scope="col" className={`${styles.cell} ${styles.amount}`}>
            Dépenses
          </th>
          <th scope="col" className={`${styles.cell} ${styles.amount}`}>
            Recettes
          </th>
          <th scope="col" className={`${styles.cell} ${styles.amount}`}>
            Écart
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { color, text } = status(row.recettes - row.depenses);
          return (
            <tr key={row.label}>
              <th scope="row" className={styles.cell}>
                {row.label}
              </th>
              <td className={`${styles.cell} ${styles.amount}`} data-label="Dépenses">
                {formatMoney(row.depenses)}
              </td>
              <td className={`${styles.cell} ${styles.amount}`} data-label="Recettes">
                {formatMoney(row.recettes)}
              </td>
              <td className={styles.cell} data-label="Écart">
                <span className={styles.gap}>
                  <span className={styles.amount}>{formatMoney(Math.abs(row.recettes - row.depenses))}</span>
                  <Badge appearance="tint" color={color}>
                    {text}
                  </Badge>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
