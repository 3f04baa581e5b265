import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: number[];
  /** A CSS colour with 3:1 against the surface. */
  colour: string;
}

/**
 * A chart drawn by uPlot (canvas, small and fast): lines over days, or one or two series of
 * bars side by side over buckets. Sized to its box and redrawn when the box changes. It is a
 * picture of the table beside it: hidden from screen readers, which read the table instead.
 */
export function ReportChart({ kind, labels, series, height = 220 }: { kind: 'lines' | 'bars'; labels: string[]; series: ChartSeries[]; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = labels.map((_, i) => i);
    // Two series of bars: the first ends at its x, the second starts there, so they stand side by side.
    const bars = (i: number) => uPlot.paths.bars!({ size: [series.length > 1 ? 0.4 : 0.6, 64], align: series.length > 1 ? (i === 0 ? -1 : 1) : 0 });
    const step = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(el.clientWidth / 70))));
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => (t % step === 0 ? (labels[t] ?? '') : '')), splits: () => xs, gap: 4, size: 32 },
          { size: 40, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')) },
        ],
        series: [
          {},
          ...series.map((s, i) =>
            kind === 'bars'
              ? { label: s.label, stroke: s.colour, fill: s.colour, width: 0, paths: bars(i), points: { show: false } }
              : { label: s.label, stroke: s.colour, width: 2, points: { show: true, size: 6, fill: s.colour } },
          ),
        ],
      },
      [xs, ...series.map((s) => s.values)],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [kind, labels.join('\u0000'), JSON.stringify(series), height]);
  return (
    <div aria-hidden="true">
      <div class="report-chart" ref={box} data-chart={kind} />
      <ul class="report-legend">
        {series.map((s) => (
          <li key={s.label}>
            <span class="report-legend-swatch" style={{ background: s.colour }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
