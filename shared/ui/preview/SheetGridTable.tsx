import { mergeClasses } from "@fluentui/react-components";
import type { SheetGrid } from "./sheet-grid";
import { useSheetGridStyles } from "./sheet-grid-styles";

/** One sheet as Excel draws it: column letters, row numbers, marked cells coloured with their message as tooltip. */
export function SheetGridTable({ grid }: { grid: SheetGrid }) {
  const styles = useSheetGridStyles();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    // Focusable so that a keyboard user can scroll the sheet (axe: scrollable-region-focusable).
    <div className={styles.scroller} tabIndex={0}>
      <table className={styles.table} data-testid="simulated-sheet">
        <thead>
          <tr>
            <th className={head} />
            {grid.columns.map((name) => (
              <th key={name} className={head}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((cells, r) => (
            <tr key={r}>
              <th className={head}>{r + 1}</th>
              {cells.map((cell) => (
                <td
                  key={cell.address}
                  data-address={cell.address}
                  title={cell.message}
                  className={mergeClasses(
                    styles.cell,
                    cell.level && styles[cell.level],
                    cell.selected && styles.selected,
                  )}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
