import { Caption1, Subtitle2, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import { address, columnName } from "@shared/preview/a1";
import type { CellValue } from "@shared/ports/budget-workbook";
import { excelSerialToIso } from "@shared/io/grid";
import { useSnapshot } from "./useSnapshot";

const useStyles = makeStyles({
  scroller: {
    maxHeight: "60vh",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

/** What Excel shows of a cell under the formats the suite writes: a day serial as JJ/MM/AAAA, a fraction in %. */
function shown(value: CellValue | undefined, format: string | null | undefined): string {
  if (typeof value === "number" && format === "dd/mm/yyyy")
    return excelSerialToIso(value)?.split("-").reverse().join("/") ?? String(value);
  if (typeof value === "number" && format?.endsWith("%") === true)
    return `${(value * 100).toLocaleString("fr-FR", { maximumFractionDigits: 2 })} %`;
  return String(value ?? "");
}

/** The simulated Excel workbook of the browser preview: marked cells are coloured and carry the message as a tooltip. */
export function SimulatedSheet({ workbook }: { workbook: PreviewBudgetWorkbook }) {
  const styles = useStyles();
  const { sheets, active, marks, selected } = useSnapshot(workbook);
  const sheet = sheets.find((s) => s.sheet === active) ?? sheets[0];
  const width = Math.max(0, ...(sheet?.values.map((r) => r.length) ?? [0]));
  const markAt = new Map(marks.filter((m) => m.sheet === sheet?.sheet).map((m) => [m.address, m]));
  return (
    <section aria-label="Classeur simulé">
      <Subtitle2 as="h2">Classeur simulé</Subtitle2>
      <TabList
        size="small"
        selectedValue={sheet?.sheet ?? ""}
        onTabSelect={(_e, d) => workbook.activate(String(d.value))}
        aria-label="Feuilles"
      >
        {sheets.map((s) => (
          <Tab key={s.sheet} value={s.sheet}>
            {s.sheet}
          </Tab>
        ))}
      </TabList>
      {!sheet ? (
        <Caption1>Le classeur est vide.</Caption1>
      ) : (
        // Focusable so that a keyboard user can scroll the sheet (axe: scrollable-region-focusable).
        <div className={styles.scroller} tabIndex={0}>
          <table className={styles.table} data-testid="simulated-sheet">
            <thead>
              <tr>
                <th className={mergeClasses(styles.cell, styles.head)} />
                {Array.from({ length: width }, (_, c) => (
                  <th key={c} className={mergeClasses(styles.cell, styles.head)}>
                    {columnName(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.values.map((row, r) => (
                <tr key={r}>
                  <th className={mergeClasses(styles.cell, styles.head)}>{r + 1}</th>
                  {Array.from({ length: width }, (_, c) => {
                    const a1 = address(r, c);
                    const mark = markAt.get(a1);
                    const isSelected = selected?.sheet === sheet.sheet && selected.address === a1;
                    return (
                      <td
                        key={c}
                        data-address={a1}
                        title={mark?.message}
                        className={mergeClasses(styles.cell, mark && styles[mark.level], isSelected && styles.selected)}
                      >
                        {shown(row[c], sheet.formats?.[r]?.[c])}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
