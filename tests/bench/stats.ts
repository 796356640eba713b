/** The median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (0–1) of a list, interpolated between neighbours (NaN for an empty list). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/** A number with fixed decimals, for the printed tables. */
export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** A deterministic generator: the same samples print the same interval. */
function generator() {
  let seed = 1;
  return () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
}

/** A 90% bootstrap interval for `combine(median(ext), median(base))` over resampled loads. */
function pairedInterval(
  base: readonly number[],
  ext: readonly number[],
  combine: (ext: number, base: number) => number,
  rounds: number,
): [number, number] {
  const random = generator();
  const resample = (xs: readonly number[]) =>
    xs.map(() => xs[Math.floor(random() * xs.length)] as number);
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) out.push(combine(median(resample(ext)), median(resample(base))));
  out.sort((a, b) => a - b);
  return [out[Math.floor(rounds * 0.05)] as number, out[Math.floor(rounds * 0.95)] as number];
}

/**
 * A 90% bootstrap interval for the ratio of medians `median(ext) / median(base)`: how far the
 * printed ratio could move on another run of the same loads.
 */
export function ratioInterval(
  base: readonly number[],
  ext: readonly number[],
  rounds = 2000,
): [number, number] {
  return pairedInterval(base, ext, (e, b) => e / b, rounds);
}

/** A 90% bootstrap interval for the q-quantile of one sample (a p95's uncertainty). */
export function quantileInterval(
  xs: readonly number[],
  q: number,
  rounds = 2000,
): [number, number] {
  const random = generator();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++)
    out.push(
      quantile(
        xs.map(() => xs[Math.floor(random() * xs.length)] as number),
        q,
      ),
    );
  out.sort((a, b) => a - b);
  return [out[Math.floor(rounds * 0.05)] as number, out[Math.floor(rounds * 0.95)] as number];
}

/** "1.023 (0.998–1.051)": a ratio of medians with its interval. */
export function ratioText(base: readonly number[], ext: readonly number[]): string {
  const [lo, hi] = ratioInterval(base, ext);
  return `${fmt(median(ext) / median(base), 3)} (90% ${fmt(lo, 3)}–${fmt(hi, 3)})`;
}

/** A 90% bootstrap interval for the median of one sample. */
export function medianInterval(xs: readonly number[], rounds = 2000): [number, number] {
  return quantileInterval(xs, 0.5, rounds);
}

/**
 * A 90% bootstrap interval for `median(ext) - median(base)`: what a page costs above its floor,
 * and how far that could move on another run of the same loads.
 */
export function differenceInterval(
  base: readonly number[],
  ext: readonly number[],
  rounds = 2000,
): [number, number] {
  return pairedInterval(base, ext, (e, b) => e - b, rounds);
}

/** "123.4 ms (90% 110.2–131.0)": a median with its interval. */
export function medianText(xs: readonly number[], unit = 'ms'): string {
  const [lo, hi] = medianInterval(xs);
  return `${fmt(median(xs))} ${unit} (90% ${fmt(lo)}–${fmt(hi)})`;
}
