/** The median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A number with fixed decimals, for the printed tables. */
export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/**
 * A 90% bootstrap interval for the ratio of medians `median(ext) / median(base)`: how far the
 * printed ratio could move on another run of the same loads. A deterministic generator keeps the
 * printed interval the same for the same samples.
 */
export function ratioInterval(
  base: readonly number[],
  ext: readonly number[],
  rounds = 2000,
): [number, number] {
  let seed = 1;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const resample = (xs: readonly number[]) =>
    xs.map(() => xs[Math.floor(random() * xs.length)] as number);
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) ratios.push(median(resample(ext)) / median(resample(base)));
  ratios.sort((a, b) => a - b);
  return [ratios[Math.floor(rounds * 0.05)] as number, ratios[Math.floor(rounds * 0.95)] as number];
}
