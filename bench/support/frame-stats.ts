export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
}

/** Median, 95th percentile (nearest rank) and worst of a list of frame durations in ms. */
export function describeFrames(durations: readonly number[]): FrameStats {
  if (durations.length === 0) return { frames: 0, median: 0, p95: 0, max: 0 };
  const sorted = [...durations].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { frames: sorted.length, median: rank(0.5), p95: rank(0.95), max: sorted.at(-1)! };
}
