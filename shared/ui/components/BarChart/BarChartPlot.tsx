import { tokens } from "@fluentui/react-components";
import type { BarChartLayout } from "./bar-chart-layout";
import { WIDTH } from "./bar-chart-layout";
import { seriesColour, useBarChartStyles } from "./bar-chart-styles";

export interface BarChartPlotProps {
  readonly layout: BarChartLayout;
  /** Ids of the chart's title and description, which name the image. */
  readonly labelledBy: string;
  readonly format: (value: number) => string;
}

/** The bars in plain SVG, each group's full label as its tooltip. */
export function BarChartPlot({ layout, labelledBy, format }: BarChartPlotProps) {
  const styles = useBarChartStyles();
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${layout.viewBoxHeight}`}
      role="img"
      aria-labelledby={labelledBy}
    >
      {layout.groups.map((group) => (
        <g key={group.label} transform={`translate(0 ${group.top})`}>
          <title>{group.label}</title>
          <text x={layout.labelX} textAnchor="end" fontSize="10" fill={tokens.colorNeutralForeground1}>
            {group.lines.map((line, i) => (
              <tspan key={i} x={layout.labelX} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
          {group.bars.map((bar) => (
            <g key={bar.series}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={seriesColour(bar.series)} />
              <text
                x={layout.figureX}
                y={bar.figureY}
                textAnchor="end"
                fontSize="9"
                fill={tokens.colorNeutralForeground1}
              >
                {format(bar.value)}
              </text>
            </g>
          ))}
        </g>
      ))}
      <line x1={layout.zero} x2={layout.zero} y1={0} y2={layout.height} stroke={tokens.colorNeutralStroke1} />
    </svg>
  );
}
