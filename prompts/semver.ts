import { SEMVER } from './fields';

function compareIds(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  // SemVer numbers have no leading zeros, so length then text orders them without precision loss.
  if (na && nb)
    return a.length !== b.length ? Math.sign(a.length - b.length) : a < b ? -1 : a > b ? 1 : 0;
  if (na !== nb) return na ? -1 : 1; // numeric identifiers sort before alphanumeric ones
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two semantic versions by SemVer 2.0.0 precedence: -1, 0 or 1. Build metadata is
 * ignored; a pre-release sorts before its release. Throws on a string that is not a version.
 */
export function compareSemver(a: string, b: string): number {
  const ma = SEMVER.exec(a);
  const mb = SEMVER.exec(b);
  if (!ma || !mb) throw new Error(`not a semantic version: ${ma ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const d = compareIds(ma[i] ?? '0', mb[i] ?? '0');
    if (d !== 0) return d;
  }
  const pa = ma[4]?.split('.') ?? [];
  const pb = mb[4]?.split('.') ?? [];
  if (pa.length === 0 || pb.length === 0)
    return pa.length === pb.length ? 0 : pa.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const d = compareIds(x, y);
    if (d !== 0) return d;
  }
  return 0;
}
