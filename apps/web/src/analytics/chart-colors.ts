// Series colours: the brand teal first, then hues far enough apart for the common colour-vision deficiencies.
export const SERIES_COLORS = ['#0f766e', '#7c3aed', '#c2410c', '#2563eb', '#64748b', '#a16207'] as const;
export const seriesColor = (i: number) => SERIES_COLORS[i % SERIES_COLORS.length]!;
/** Chart size before the container is measured (and in tests, where nothing is laid out). */
export const INITIAL_CHART_SIZE = { width: 560, height: 240 } as const;
