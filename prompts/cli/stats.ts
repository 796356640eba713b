import type { Pack } from '../schema';
import { speechSeconds } from '../validate/speech';
import { validateFile } from './check';
import { type CommandResult, type FileIO, problemLine } from './io';

/** Prompt counts of one pack, and its longest script. */
export interface PackStats {
  prompts: number;
  byKind: Record<string, number>;
  byMoment: Record<string, number>;
  byFramework: Record<string, number>;
  byComponent: Record<string, number>;
  /** The script with the most declared seconds, with its spoken length at 150 words a minute. */
  longestScript: { id: string; seconds: number; spokenSeconds: number } | null;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Counts a validated pack's prompts by kind, moment, framework and component. */
export function packStats(pack: Pack): PackStats {
  const stats: PackStats = {
    prompts: pack.prompts.length,
    byKind: {},
    byMoment: {},
    byFramework: {},
    byComponent: {},
    longestScript: null,
  };
  for (const p of pack.prompts) {
    bump(stats.byKind, p.kind);
    bump(stats.byFramework, p.framework);
    bump(stats.byComponent, p.component);
    for (const m of p.moments) bump(stats.byMoment, m);
    if (
      p.kind === 'script' &&
      (stats.longestScript === null || p.seconds > stats.longestScript.seconds)
    ) {
      stats.longestScript = {
        id: p.id,
        seconds: p.seconds,
        spokenSeconds: Math.round(speechSeconds(p.text)),
      };
    }
  }
  return stats;
}

function table(title: string, counts: Record<string, number>): string[] {
  const rows = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return [`${title}:`, ...rows.map(([key, n]) => `  ${String(n).padStart(4)}  ${key}`)];
}

/** The stats as the CLI prints them. */
export function formatStats(file: string, s: PackStats): string[] {
  const longest = s.longestScript
    ? `${s.longestScript.seconds} s (${s.longestScript.id}; ~${s.longestScript.spokenSeconds} s of speech)`
    : 'none (no scripts)';
  return [
    `${file}: ${s.prompts} prompts`,
    ...table('By kind', s.byKind),
    ...table('By moment', s.byMoment),
    ...table('By framework', s.byFramework),
    ...table('By component', s.byComponent),
    `Longest script: ${longest}`,
  ];
}

/** `pack stats FILE`: counts for a valid pack; an invalid one prints its problems instead. */
export function statsCommand(files: readonly string[], io: FileIO): CommandResult {
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0)
    return { out: [], err: ['pack stats: give exactly one FILE'], code: 2 };
  const r = validateFile(file, io);
  if (!r.ok)
    return { out: r.problems.map((p) => problemLine(file, p.path, p.message)), err: [], code: 1 };
  return { out: formatStats(file, packStats(r.pack)), err: [], code: 0 };
}
