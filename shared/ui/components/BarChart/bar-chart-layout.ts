export interface BarSeries {
  readonly name: string;
}

export interface BarGroup {
  readonly label: string;
  /** One value a series, in the series' order; negative values are drawn from the zero line leftwards. */
  readonly values: readonly number[];
}

/** In viewBox units: the SVG scales to the pane's width, so the layout is the same in a 320 px pane as on a page. */
export const WIDTH = 360;
const LABEL = 130;
/** Room on the right for each bar's figure, written beside the chart's bars. */
const VALUE = 78;
const BAR = 12;
const GAP = 8;
const LINE_HEIGHT = 11;
/** A group's label takes two lines of this many characters at most; the full label is its tooltip and in the table. */
const LINE = 22;
/** A zero or tiny value still shows as a hairline, so that a group never looks as if its bar were missing. */
const MIN_BAR = 0.5;

/** « Charges à caractère général » → two lines cut at a space, the second ending in « … » when the label is longer. */
export function labelLines(label: string): [string] | [string, string] {
  if (label.length <= LINE) return [label];
  const cut = label.lastIndexOf(" ", LINE);
  const at = cut > LINE / 2 ? cut : LINE;
  const first = label.slice(0, at).trimEnd();
  const rest = label.slice(at).trimStart();
  return [first, rest.length > LINE ? `${rest.slice(0, LINE - 1).trimEnd()}…` : rest];
}

export interface LabelLine {
  readonly text: string;
  readonly y: number;
}

export interface Bar {
  /** Index of the bar's series, which picks its colour. */
  readonly series: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Baseline of the bar's figure, written right-aligned at the chart's right edge. */
  readonly figureY: number;
}

export interface GroupLayout {
  readonly label: string;
  /** Top of the group, from the top of the chart. */
  readonly top: number;
  readonly lines: readonly LabelLine[];
  readonly bars: readonly Bar[];
}

export interface BarChartLayout {
  readonly height: number;
  /** Never 0, so that an empty chart still has a valid viewBox. */
  readonly viewBoxHeight: number;
  /** Right edge of the labels, where they are anchored. */
  readonly labelX: number;
  /** Right edge of the figures. */
  readonly figureX: number;
  /** Abscissa of the zero line: bars of positive values start there, negative ones end there. */
  readonly zero: number;
  readonly groups: readonly GroupLayout[];
}

/** Where every label, bar and figure of the chart goes: one scale for all groups, zero line included. */
export function barChartLayout(seriesCount: number, groups: readonly BarGroup[]): BarChartLayout {
  const all = groups.flatMap((g) => g.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const plot = WIDTH - LABEL - VALUE;
  const zero = LABEL + (-min / span) * plot;
  // At least two label lines high, so that a one-series chart does not clip its labels.
  const rows = Math.max(seriesCount * BAR, 2 * LINE_HEIGHT);
  const groupHeight = rows + GAP;
  const height = groups.length * groupHeight;
  return {
    height,
    viewBoxHeight: Math.max(height, 1),
    labelX: LABEL - 6,
    figureX: WIDTH - 2,
    zero,
    groups: groups.map((group, g) => ({
      label: group.label,
      top: g * groupHeight,
      lines: labelLines(group.label).map((text, i, lines) => ({
        text,
        y: rows / 2 + 4 + (i - (lines.length - 1) / 2) * LINE_HEIGHT,
      })),
      bars: group.values.map((value, s) => {
        const w = (Math.abs(value) / span) * plot;
        return {
          series: s,
          value,
          x: value >= 0 ? zero : zero - w,
          y: s * BAR,
          width: Math.max(w, MIN_BAR),
          height: BAR - 2,
          figureY: s * BAR + BAR - 3,
        };
      }),
    })),
  };
}
