import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DateFormat } from '../shared/format-date';
import { DAY_INCREMENTS, timeRange } from './trend-series';

interface Props {
  data: [number[], number[]];
  /** The element that says what the chart shows, in words: the canvas itself says nothing to a screen reader. */
  labelledBy: string;
  seriesLabel: string;
  /** Axis dates, in the interface language and the wall clock's zone (uPlot's ticks too). */
  dates: DateFormat;
}

const HEIGHT = 240;

/**
 * One series over time on a 0-100 axis, drawn by uPlot on a canvas. uPlot is loaded on demand (its
 * own chunk, after the screen shows) and needs a real browser: where it cannot load or draw
 * (jsdom, an old browser), the chart is left out and the sentence and table beside it still tell all.
 */
export function TrendChart({ data, labelledBy, seriesLabel, dates }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let plot: uPlot | undefined;
    let resize: ResizeObserver | undefined;
    let gone = false;
    import('uplot')
      .then(({ default: UPlot }) => {
        if (gone) return;
        plot = new UPlot(chartOptions(UPlot, element, seriesLabel, dates), data, element);
        const chart = plot;
        if (typeof ResizeObserver !== 'undefined') {
          resize = new ResizeObserver(() => chart.setSize({ width: widthOf(element), height: HEIGHT }));
          resize.observe(element);
        }
      })
      .catch(() => {
        if (!gone) setUnavailable(true);
      });
    return () => {
      gone = true;
      resize?.disconnect();
      plot?.destroy();
    };
  }, [data, seriesLabel, dates]);
  if (unavailable) return null;
  return <div ref={container} className="trend-chart" role="img" aria-labelledby={labelledBy} data-testid="trend-chart" />;
}

function widthOf(element: HTMLElement): number {
  return Math.max(260, element.clientWidth - 16);
}

function chartOptions(UPlot: typeof uPlot, element: HTMLElement, seriesLabel: string, dates: DateFormat): uPlot.Options {
  // The canvas cannot read CSS variables: take the theme's colours as they are now.
  const style = getComputedStyle(element);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const [primary, muted, border] = [colour('--primary', '#0b57d0'), colour('--muted', '#4d5561'), colour('--border', '#c9ced6')];
  const axis = { stroke: muted, grid: { stroke: border, width: 1 }, ticks: { stroke: border, width: 1 } };
  return {
    width: widthOf(element),
    height: HEIGHT,
    // Day ticks at local midnight of the wall clock's zone, not the host's.
    tzDate: (seconds) => UPlot.tzDate(new Date(seconds * 1000), dates.timeZone),
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true, range: (_u, min, max) => timeRange(min, max) }, y: { range: [0, 100] } },
    axes: [
      { ...axis, incrs: DAY_INCREMENTS, space: 70, values: (_u, splits) => splits.map((s) => dates.short(s * 1000)) },
      { ...axis, size: 44, splits: () => [0, 25, 50, 75, 100] },
    ],
    series: [{}, { label: seriesLabel, stroke: primary, width: 2, points: { show: true, size: 8, fill: primary, stroke: primary } }],
  };
}
