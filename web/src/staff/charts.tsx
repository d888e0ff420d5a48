import { useEffect, useRef, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Colours of the DTA dimensions; each keeps at least 4.5:1 against white. */
export const DIMENSION_COLOURS: Record<string, string> = {
  goal: '#1f5f8b',
  task: '#a14e00',
  bond: '#2e6b30',
  engagement: '#6d3591',
  overall: '#1d2a33',
};

/** One plotted series. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
  dash?: number[];
  /** Points only (a scatter), no line between them. */
  pointsOnly?: boolean;
  /** Bars (a histogram), centred on each x. */
  bars?: boolean;
  /** Set false to draw the line without its points. */
  points?: boolean;
}

/** A shaded horizontal band behind the data (e.g. a questionnaire's severity band). */
export interface ChartBand {
  from: number;
  to: number;
  label: string;
  colour: string;
}

/** A mark drawn at one point (e.g. a reliable-change marker). */
export interface ChartMarker {
  x: number;
  y: number;
  label: string;
  colour: string;
  shape: 'up' | 'down' | 'ring';
}

/**
 * A uPlot chart inside a figure: the caption names it, `summary` says in words what it shows (for
 * screen readers and at a glance), and `table` gives the numbers, so nothing is only in the picture.
 */
export function Chart(props: {
  title: string;
  summary: ReactNode;
  x: number[];
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  yRange?: [number, number];
  xRange?: [number, number];
  bands?: ChartBand[];
  lines?: { value: number; label: string; colour: string }[];
  markers?: ChartMarker[];
  xValues?: (value: number) => string;
  xIncrement?: number;
  table?: ReactNode;
  height?: number;
  testId?: string;
}): ReactNode {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const draw = (u: uPlot) => {
      const { ctx } = u;
      const { left, top, width, height } = u.bbox;
      ctx.save();
      for (const band of props.bands ?? []) {
        const y1 = u.valToPos(band.to, 'y', true);
        const y0 = u.valToPos(band.from, 'y', true);
        ctx.fillStyle = band.colour;
        ctx.fillRect(
          left,
          Math.max(top, y1),
          width,
          Math.min(top + height, y0) - Math.max(top, y1),
        );
        ctx.fillStyle = '#4a5a66';
        ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
        ctx.textAlign = 'right';
        ctx.fillText(
          band.label,
          left + width - 4 * devicePixelRatio,
          Math.max(top, y1) + 13 * devicePixelRatio,
        );
      }
      for (const line of props.lines ?? []) {
        const y = u.valToPos(line.value, 'y', true);
        ctx.strokeStyle = line.colour;
        ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
        ctx.lineWidth = 1.5 * devicePixelRatio;
        ctx.beginPath();
        ctx.moveTo(left, y);
        ctx.lineTo(left + width, y);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = line.colour;
        ctx.textAlign = 'left';
        ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
        ctx.fillText(line.label, left + 4 * devicePixelRatio, y - 4 * devicePixelRatio);
      }
      ctx.restore();
    };
    const drawMarkers = (u: uPlot) => {
      const { ctx } = u;
      ctx.save();
      const r = 7 * devicePixelRatio;
      for (const marker of props.markers ?? []) {
        const cx = u.valToPos(marker.x, 'x', true);
        const cy = u.valToPos(marker.y, 'y', true);
        ctx.fillStyle = marker.colour;
        ctx.strokeStyle = marker.colour;
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.beginPath();
        if (marker.shape === 'ring') {
          ctx.arc(cx, cy, r, 0, Math.PI * 2);
          ctx.stroke();
        } else {
          const dir = marker.shape === 'down' ? 1 : -1;
          // A triangle pointing the way the score moved, offset from the point it marks.
          const base = cy - dir * (r + 4 * devicePixelRatio);
          ctx.moveTo(cx, base + dir * r);
          ctx.lineTo(cx - r, base - dir * r * 0.4);
          ctx.lineTo(cx + r, base - dir * r * 0.4);
          ctx.closePath();
          ctx.fill();
        }
      }
      ctx.restore();
    };
    const series: uPlot.Series[] = [
      { label: props.xLabel, ...(props.xValues ? { value: (_u, v) => props.xValues!(v) } : {}) },
      ...props.series.map((s): uPlot.Series => ({
        label: s.label,
        stroke: s.colour,
        width: s.pointsOnly ? 0 : 2,
        ...(s.dash ? { dash: s.dash } : {}),
        ...(s.pointsOnly
          ? { paths: () => null, points: { show: true, size: 9, fill: s.colour, stroke: s.colour } }
          : { points: { show: !s.bars && s.points !== false, size: 6, fill: s.colour } }),
        ...(s.bars ? { fill: `${s.colour}cc`, paths: uPlot.paths.bars!({ size: [0.8, 64] }) } : {}),
        spanGaps: true,
      })),
    ];
    const options: uPlot.Options = {
      width: Math.max(280, element.clientWidth),
      height: props.height ?? 260,
      series,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: {
          time: false,
          ...(props.xRange ? { range: props.xRange } : {}),
        },
        y: { ...(props.yRange ? { range: props.yRange } : {}) },
      },
      axes: [
        {
          label: props.xLabel,
          ...(props.xIncrement ? { incrs: [props.xIncrement] } : {}),
          ...(props.xValues ? { values: (_u, ticks) => ticks.map((t) => props.xValues!(t)) } : {}),
        },
        { label: props.yLabel },
      ],
      hooks: { drawClear: [draw], draw: [drawMarkers] },
    };
    const data = [props.x, ...props.series.map((s) => s.values)] as uPlot.AlignedData;
    const plot = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => {
      plot.setSize({ width: Math.max(280, element.clientWidth), height: props.height ?? 260 });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [props]);
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>
        <strong>{props.title}</strong>
        <span className="chart-summary">{props.summary}</span>
      </figcaption>
      {/* The canvas repeats what the summary and the table say in words and numbers. */}
      <div ref={holder} className="chart-canvas" aria-hidden="true" />
      {props.table ? (
        <details className="chart-data">
          <summary>The numbers behind this chart</summary>
          {props.table}
        </details>
      ) : null}
    </figure>
  );
}
