import { Caption1 } from "@fluentui/react-components";
import { useId } from "react";
import type { BarGroup, BarSeries } from "./bar-chart-layout";
import { barChartLayout } from "./bar-chart-layout";
import { seriesColour, useBarChartStyles } from "./bar-chart-styles";
import { BarChartPlot } from "./BarChartPlot";
import { BarChartTable } from "./BarChartTable";

export interface BarChartProps {
  readonly title: string;
  /** The chart in one sentence, read before the data table. */
  readonly description: string;
  readonly series: readonly BarSeries[];
  readonly groups: readonly BarGroup[];
  readonly format: (value: number) => string;
}

/** A horizontal bar chart in plain SVG, with its figures repeated in a table as the text alternative. */
export function BarChart({ title, description, series, groups, format }: BarChartProps) {
  const styles = useBarChartStyles();
  const id = useId();
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
              <span className={styles.swatch} style={{ backgroundColor: seriesColour(i) }} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <BarChartPlot
        layout={barChartLayout(series.length, groups)}
        labelledBy={`${id}-title ${id}-desc`}
        format={format}
      />
      <BarChartTable title={title} series={series} groups={groups} format={format} />
    </figure>
  );
}
