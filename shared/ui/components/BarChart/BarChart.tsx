import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", overflow: "visible" },
  legend: { display: "flex", columnGap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `0 ${tokens.spacingHorizontalS}`, textAlign: "left" },
  amount: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** Theme colours, so that the chart follows Office's themes; blue and orange stay distinct for colour-blind readers. */
const PALETTE = [
  tokens.colorBrandBackground,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteLightTealBorderActive,
];

export interface BarSeries {
  readonly name: string;
}

export interface BarGroup {
  readonly label: string;
  /** One value a series, in the series' order; negative values are drawn from the zero line leftwards. */
  readonly values: readonly number[];
}

export interface BarChartProps {
  readonly title: string;
  /** The chart in one sentence, read before the data table. */
  readonly description: string;
  readonly series: readonly BarSeries[];
  readonly groups: readonly BarGroup[];
  readonly format: (value: number) => string;
}

const WIDTH = 360;
const LABEL = 130;
/** Room on the right for each bar's figure, written beside the chart's bars. */
const VALUE = 78;
const BAR = 12;
const GAP = 8;
/** A group's label takes two lines of this many characters at most; the full label is its tooltip and in the table. */
const LINE = 22;

/** « Charges à caractère général » → two lines cut at a space, the second ending in « … » when the label is longer. */
export function labelLines(label: string): [string] | [string, string] {
  if (label.length <= LINE) return [label];
  const cut = label.lastIndexOf(" ", LINE);
  const at = cut > LINE / 2 ? cut : LINE;
  const first = label.slice(0, at).trimEnd();
  const rest = label.slice(at).trimStart();
  return [first, rest.length > LINE ? `${rest.slice(0, LINE - 1).trimEnd()}…` : rest];
}

/** A horizontal bar chart in plain SVG, with its figures repeated in a table as the text alternative. */
export function BarChart({ title, description, series, groups, format }: BarChartProps) {
  const styles = useStyles();
  const id = useId();
  const all = groups.flatMap((g) => g.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const plot = WIDTH - LABEL - VALUE;
  const zero = LABEL + (-min / span) * plot;
  const rows = Math.max(series.length * BAR, 2 * 11);
  const groupHeight = rows + GAP;
  const height = groups.length * groupHeight;
  return (
    <figure className={styles.figure}>
      <figcaption id={`${id}-title`} className={styles.title}>
        {title}
      </figcaption>
      <Caption1 id={`${id}-desc`}>{description}</Caption1>
      {series.length > 1 && (
        <ul className={styles.legend} aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.name}>
              <span className={styles.swatch} style={{ backgroundColor: PALETTE[i % PALETTE.length] }} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${Math.max(height, 1)}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        {groups.map((group, g) => (
          <g key={group.label} transform={`translate(0 ${g * groupHeight})`}>
            <title>{group.label}</title>
            <text x={LABEL - 6} textAnchor="end" fontSize="10" fill={tokens.colorNeutralForeground1}>
              {labelLines(group.label).map((line, i, lines) => (
                <tspan key={i} x={LABEL - 6} y={rows / 2 + 4 + (i - (lines.length - 1) / 2) * 11}>
                  {line}
                </tspan>
              ))}
            </text>
            {group.values.map((value, s) => {
              const w = (Math.abs(value) / span) * plot;
              return (
                <g key={s}>
                  <rect
                    x={value >= 0 ? zero : zero - w}
                    y={s * BAR}
                    width={Math.max(w, 0.5)}
                    height={BAR - 2}
                    fill={PALETTE[s % PALETTE.length]}
                  />
                  <text
                    x={WIDTH - 2}
                    y={s * BAR + BAR - 3}
                    textAnchor="end"
                    fontSize="9"
                    fill={tokens.colorNeutralForeground1}
                  >
                    {format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        <line x1={zero} x2={zero} y1={0} y2={height} stroke={tokens.colorNeutralStroke1} />
      </svg>
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
    </figure>
  );
}
