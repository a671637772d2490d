import type { BarGroup, BarSeries } from "./bar-chart-layout";
import { useBarChartStyles } from "./bar-chart-styles";

export interface BarChartTableProps {
  readonly title: string;
  readonly series: readonly BarSeries[];
  readonly groups: readonly BarGroup[];
  readonly format: (value: number) => string;
}

/** The chart's figures as a table, its text alternative, folded under a summary. */
export function BarChartTable({ title, series, groups, format }: BarChartTableProps) {
  const styles = useBarChartStyles();
  return (
    <details>
      <summary>Voir les données du graphique</summary>
      <table className={styles.table}>
        <caption className={styles.cell}>{title}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              Poste
            </th>
            {series.map((s) => (
              <th key={s.name} scope="col" className={`${styles.cell} ${styles.amount}`}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.label}>
              <th scope="row" className={styles.cell}>
                {group.label}
              </th>
              {group.values.map((value, s) => (
                <td key={s} className={`${styles.cell} ${styles.amount}`}>
                  {format(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
