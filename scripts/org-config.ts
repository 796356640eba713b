// The organisation build's input (`npm run org -- org.json`): its EHR origins, its packs and a
// name, checked with one valibot schema, every problem named by its field. Pure but for reading
// the pack files the config lists (relative to the config's folder).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { builtinPacks } from '../prompts/builtin';
import { validatePack } from '../prompts/validate';

/** What the build hands wxt.config.ts (through the file named by `ATTUNE_ORG`). */
export interface OrgBuild {
  id: string;
  name: string;
  /** Site origins (`https://ehr.example.org`): host permissions and enabled sites. */
  sites: string[];
  /** Each pack's file name in the config and its JSON text, validated. */
  packs: { file: string; text: string; id: string }[];
}

/** An origin as Attune stores a site: scheme and host, no port, path or trailing slash. */
function normalOrigin(input: string): string | null {
  try {
    const url = new URL(input);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}`;
  } catch {
    return null;
  }
}

const Origin = v.pipe(
  v.string('must be a text such as "https://ehr.example.org"'),
  v.check(
    (s) => normalOrigin(s) === s,
    (issue) => {
      const fixed = normalOrigin(String(issue.input));
      return fixed
        ? `must be an origin alone (scheme and host, no port, path or trailing slash): "${fixed}"`
        : 'must be an http(s) origin such as "https://ehr.example.org"';
    },
  ),
);

/** The schema of org.json. */
export const OrgSchema = v.strictObject(
  {
    $schema: v.optional(v.string()),
    $comment: v.optional(v.string()),
    id: v.pipe(
      v.string('must be a text'),
      v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lower-case letters, digits or dashes'),
    ),
    name: v.pipe(v.string('must be a text'), v.minLength(1, 'must not be empty'), v.maxLength(80)),
    sites: v.pipe(
      v.array(Origin, 'must be a list of origins'),
      v.minLength(1, 'must list at least one EHR origin (else the build needs no organisation)'),
      v.maxLength(50, 'may list at most 50 origins'),
      v.check((l) => new Set(l).size === l.length, 'lists an origin twice'),
    ),
    packs: v.optional(
      v.array(
        v.pipe(v.string('must be a file name'), v.regex(/\.json$/i, 'must be a .json file')),
        'must be a list of pack files',
      ),
      [],
    ),
  },
  (issue) => `has an unknown field "${String(issue.input ?? issue.expected)}"`,
);

/** The outcome of {@link checkOrg}: the build's input, or every problem, one per line. */
export type OrgCheck = { ok: true; org: OrgBuild } | { ok: false; errors: string[] };

/** Where a problem is, as a trainer or IT reads it: `sites[1]`, `packs[0]`, or the file. */
function where(issue: v.BaseIssue<unknown>): string {
  const parts = issue.path?.map((p) => p.key) ?? [];
  return parts.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
}

/** Checks org.json's text; `dir` is its folder, where the pack files are read from. */
export function checkOrg(text: string, dir: string): OrgCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`org.json is not JSON: ${(e as Error).message}`] };
  }
  const parsed = v.safeParse(OrgSchema, raw);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.issues.map((i) => `${where(i) || 'org.json'}: ${i.message}`),
    };
  const errors: string[] = [];
  const packs: OrgBuild['packs'] = [];
  const builtin = new Set(builtinPacks.map((p) => p.id));
  for (const [n, file] of parsed.output.packs.entries()) {
    let packText: string;
    try {
      packText = readFileSync(path.resolve(dir, file), 'utf8');
    } catch {
      errors.push(`packs[${n}]: cannot read "${file}" (paths are relative to org.json)`);
      continue;
    }
    const r = validatePack(packText);
    if (!r.ok) {
      for (const p of r.problems)
        errors.push(`packs[${n}] (${file}): ${p.path || '/'}: ${p.message}`);
      continue;
    }
    if (builtin.has(r.pack.id))
      errors.push(`packs[${n}] (${file}): /id: "${r.pack.id}" is a built-in pack's id`);
    else if (packs.some((p) => p.id === r.pack.id))
      errors.push(`packs[${n}] (${file}): /id: "${r.pack.id}" is listed twice`);
    else packs.push({ file, text: packText, id: r.pack.id });
  }
  if (errors.length) return { ok: false, errors };
  const { id, name, sites } = parsed.output;
  return { ok: true, org: { id, name, sites, packs } };
}
