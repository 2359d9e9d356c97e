// Median and spread of a sample, and ratios of medians.

/** The q-quantile (0–1) with linear interpolation between the closest ranks. */
export function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** `{ median, p10, p90, min, max, n }` of finite numbers; null for an empty sample. */
export function summarise(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    n: sorted.length,
  };
}

/** The ratio of two summaries' medians, or null when either is missing. */
export function ratio(summary, baseline) {
  return summary && baseline && baseline.median > 0 ? summary.median / baseline.median : null;
}
