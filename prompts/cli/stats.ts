import { builtinPacks } from '../builtin';
import type { Pack } from '../schema';
import { speechSeconds } from '../validate/speech';
import { validateFile } from './check';
import { type CommandResult, type FileIO, problemLine } from './io';

/** Prompt counts of one pack or several, and the longest script. */
export interface PackStats {
  prompts: number;
  byKind: Record<string, number>;
  byMoment: Record<string, number>;
  byFramework: Record<string, number>;
  byComponent: Record<string, number>;
  /** Prompts by the language of their pack (its locale, e.g. `en`, `es-MX`). */
  byLanguage: Record<string, number>;
  /** The script with the most declared seconds, with its spoken length at 150 words a minute. */
  longestScript: { id: string; seconds: number; spokenSeconds: number } | null;
}

const bump = (counts: Record<string, number>, key: string, n = 1) => {
  counts[key] = (counts[key] ?? 0) + n;
};

/** Counts a validated pack's prompts by kind, moment, framework, component and language. */
export function packStats(pack: Pack): PackStats {
  const stats: PackStats = {
    prompts: pack.prompts.length,
    byKind: {},
    byMoment: {},
    byFramework: {},
    byComponent: {},
    byLanguage: { [pack.locale]: pack.prompts.length },
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

/** The counts of several packs added together (moments that share an id count as one). */
export function mergeStats(all: readonly PackStats[]): PackStats {
  const total: PackStats = {
    prompts: 0,
    byKind: {},
    byMoment: {},
    byFramework: {},
    byComponent: {},
    byLanguage: {},
    longestScript: null,
  };
  for (const s of all) {
    total.prompts += s.prompts;
    for (const key of ['byKind', 'byMoment', 'byFramework', 'byComponent', 'byLanguage'] as const)
      for (const [k, n] of Object.entries(s[key])) bump(total[key], k, n);
    if (
      s.longestScript &&
      (total.longestScript === null || s.longestScript.seconds > total.longestScript.seconds)
    )
      total.longestScript = s.longestScript;
  }
  return total;
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
    ...table('By language', s.byLanguage),
    `Longest script: ${longest}`,
  ];
}

/** One line per pack, then the counts of all of them together. */
function formatMany(title: string, packs: readonly Pack[]): string[] {
  const each = packs.map(
    (p) => `  ${String(p.prompts.length).padStart(4)}  ${p.id} ${p.version} (${p.locale})`,
  );
  return [
    `${packs.length} packs:`,
    ...each,
    ...formatStats(title, mergeStats(packs.map(packStats))),
  ];
}

/**
 * `pack stats FILE...`: counts for valid packs (added together when there are several);
 * `pack stats --builtin`: the packs Attune ships. An invalid file prints its problems instead.
 */
export function statsCommand(files: readonly string[], io: FileIO): CommandResult {
  if (files.length === 0)
    return { out: [], err: ['pack stats: give at least one FILE, or --builtin'], code: 2 };
  if (files.length === 1 && files[0] === '--builtin')
    return { out: formatMany('built-in packs', builtinPacks), err: [], code: 0 };
  const packs: Pack[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const r = validateFile(file, io);
    if (r.ok) packs.push(r.pack);
    else problems.push(...r.problems.map((p) => problemLine(file, p.path, p.message)));
  }
  if (problems.length > 0) return { out: problems, err: [], code: 1 };
  const [only] = packs;
  if (packs.length === 1 && only)
    return { out: formatStats(files[0] ?? '', packStats(only)), err: [], code: 0 };
  return { out: formatMany(`${packs.length} files`, packs), err: [], code: 0 };
}
