import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarSeries {
  label: string;
  values: number[];
  /** A CSS colour with 3:1 against the surface. */
  colour: string;
}

/**
 * Grouped bars drawn by uPlot (canvas, small and fast), sized to its box and redrawn when the
 * box changes. The chart is a picture of the table beside it: hidden from screen readers, which
 * read the table instead.
 */
export function BarChart({ labels, series, height = 220 }: { labels: string[]; series: BarSeries[]; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = labels.map((_, i) => i);
    const groupWidth = 0.8 / series.length;
    const bars = (offset: number) => uPlot.paths.bars!({ size: [groupWidth, 48], align: 0, disp: { x0: { unit: 2, values: () => xs.map((x) => x - 0.4 + offset * groupWidth) } } });
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height,
        legend: { show: series.length > 1 },
        cursor: { show: false },
        scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => labels[t] ?? ''), splits: () => xs, gap: 4, size: 40 },
          { size: 48, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')) },
        ],
        series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: s.colour, fill: s.colour, width: 0, paths: bars(i), points: { show: false } }))],
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
  }, [labels.join('\u0000'), JSON.stringify(series), height]);
  return <div class="report-chart" ref={box} aria-hidden="true" data-chart="bars" />;
}
