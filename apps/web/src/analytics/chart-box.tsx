import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { INITIAL_CHART_SIZE } from './chart-colors';

/**
 * The width a chart may take: its box's, followed as it resizes. Before (or without) layout the chart is drawn
 * at a readable default rather than not at all (recharts' ResponsiveContainer draws nothing at width 0).
 */
export function ChartBox({ height = INITIAL_CHART_SIZE.height, children }: { height?: number; children(size: { width: number; height: number }): ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>(INITIAL_CHART_SIZE.width);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="chart-box" style={{ height }}>
      {children({ width, height })}
    </div>
  );
}
