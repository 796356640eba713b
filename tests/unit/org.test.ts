// The organisation build (npm run org): org.json's check, what wxt.config.ts adds for it, and what
// the background does with it at first run. The zips themselves: tests/unit/org-build.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkOrg } from '../../scripts/org-config';
import { orgAdditions } from '../../scripts/org-env';
import { db } from '../../storage/db';
import { addEncounter } from '../../storage/encounters';
import { sitesItem } from '../../storage/settings';

const EXAMPLE = path.resolve('docs/org.example.json');
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const check = (org: unknown) => checkOrg(JSON.stringify(org), path.dirname(EXAMPLE));
const errors = (org: unknown) => {
  const r = check(org);
  return r.ok ? [] : r.errors;
};

describe('org.json', () => {
  it('accepts the example, with its pack read and validated', () => {
    const r = check(example());
    expect(r.ok && r.org.sites).toEqual(['https://ehr.example.org', 'https://results.example.org']);
    expect(r.ok && r.org.packs.map((p) => p.id)).toEqual(['org.example-health.ward-handover']);
  });

  it('names the field of every problem, and the origin meant', () => {
    expect(
      errors({
        ...example(),
        id: 'Example Health',
        sites: ['https://ehr.example.org/login', 'ehr.example.org', 'https://ehr.example.org:8443'],
        colour: 'blue',
      }),
    ).toEqual([
      'id: must be 1–40 lower-case letters, digits or dashes',
      'sites[0]: must be an origin alone (scheme and host, no port, path or trailing slash): "https://ehr.example.org"',
      'sites[1]: must be an http(s) origin such as "https://ehr.example.org"',
      'sites[2]: must be an origin alone (scheme and host, no port, path or trailing slash): "https://ehr.example.org"',
      'colour: has an unknown field "colour"',
    ]);
    expect(errors({ ...example(), sites: [] })).toEqual([
      'sites: must list at least one EHR origin (else the build needs no organisation)',
    ]);
    expect(errors({ ...example(), sites: ['https://a.example', 'https://a.example'] })).toEqual([
      'sites: lists an origin twice',
    ]);
    expect(errors('{')).toHaveLength(1);
  });

  it('reports a pack file that is missing, invalid or a built-in id, by its place in the list', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attune-org-'));
    const pack = JSON.parse(readFileSync('docs/org-example/ward-handover.json', 'utf8'));
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...pack, version: 'one' }));
    writeFileSync(
      path.join(dir, 'core.json'),
      JSON.stringify({ ...pack, id: 'org.attune.core-empathy' }),
    );
    const org = { ...example(), packs: ['missing.json', 'bad.json', 'core.json'] };
    const r = checkOrg(JSON.stringify(org), dir);
    expect(r.ok ? [] : r.errors).toEqual([
      'packs[0]: cannot read "missing.json" (paths are relative to org.json)',
      expect.stringMatching(/^packs\[1\] \(bad\.json\): \/version: /),
      'packs[2] (core.json): /id: "org.attune.core-empathy" is a built-in pack\'s id',
    ]);
  });
});

describe('what the build adds', () => {
  it('adds nothing without ATTUNE_ORG', () => {
    expect(orgAdditions(undefined)).toEqual({ hosts: [], files: [], define: null });
  });

  it('adds the origins as host permissions, the packs as files, and their list for the background', () => {
    const r = check(example());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'attune-org-')), 'org-input.json');
    writeFileSync(file, JSON.stringify(r.org));
    const added = orgAdditions(file);
    expect(added.hosts).toEqual(['https://ehr.example.org/*', 'https://results.example.org/*']);
    expect(added.files.map((f) => f.relativeDest)).toEqual(['org/pack-1.json']);
    expect(added.define).toEqual({ sites: r.org.sites, packs: ['/org/pack-1.json'] });
  });
});

describe('an organisation build at first run', () => {
  const packText = readFileSync('docs/org-example/ward-handover.json', 'utf8');
  beforeEach(async () => {
    await db.delete();
    await db.open();
    vi.stubGlobal('__ATTUNE_ORG__', {
      sites: ['https://ehr.example.org'],
      packs: ['/org/pack-1.json'],
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    Object.assign(fakeBrowser.permissions, { contains: vi.fn(async () => true) });
    Object.assign(fakeBrowser, {
      scripting: {
        getRegisteredContentScripts: vi.fn(async () => []),
        registerContentScripts: vi.fn(async () => undefined),
        updateContentScripts: vi.fn(async () => undefined),
        unregisterContentScripts: vi.fn(async () => undefined),
        executeScript: vi.fn(async () => []),
      },
    });
    Object.assign(fakeBrowser.tabs, { query: vi.fn(async () => []) });
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('installs its packs locked and turns its sites on once, even with no policy at all', async () => {
    const read = vi.fn(async () => new Response(packText));
    const { applyOrg } = await import('../../entrypoints/background/org');
    expect(await applyOrg(read)).toEqual({ ids: ['org.example-health.ward-handover'], errors: [] });
    const row = await db.packs.get('org.example-health.ward-handover');
    expect([row?.source, row?.locked, row?.enabled]).toEqual(['policy', true, true]);
    expect(await sitesItem.getValue()).toEqual(['https://ehr.example.org']);

    // The user turns the site off; the next start leaves it off.
    await sitesItem.setValue([]);
    await applyOrg(read);
    expect(await sitesItem.getValue()).toEqual([]);
  });

  it('keeps its packs when a managed policy lists other packs', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(packText)),
    );
    await fakeBrowser.storage.managed.set({ packs: [], sites: [] });
    const { syncPolicy } = await import('../../entrypoints/background/packs');
    await syncPolicy();
    await syncPolicy();
    expect((await db.packs.get('org.example-health.ward-handover'))?.locked).toBe(true);
  });

  it('removes a pack an earlier organisation build installed once a later build no longer bundles it, keeping the journal', async () => {
    const dropped = { ...JSON.parse(packText), id: 'org.example-health.old-pack' };
    const files: Record<string, string> = {
      '/org/pack-1.json': packText,
      '/org/pack-2.json': JSON.stringify(dropped),
    };
    const read = vi.fn(
      async (url: string | URL | Request) =>
        new Response(files[new URL(String(url)).pathname] ?? '{}'),
    );
    vi.stubGlobal('__ATTUNE_ORG__', {
      sites: ['https://ehr.example.org'],
      packs: ['/org/pack-1.json', '/org/pack-2.json'],
    });
    const first = await import('../../entrypoints/background/org');
    expect((await first.applyOrg(read)).ids).toContain(dropped.id);
    const prompt = dropped.prompts[0].id as string;
    await addEncounter({
      kind: 'other',
      ratings: {},
      checklist: [],
      promptsUsed: [prompt],
      note: '',
      packVersions: { [dropped.id]: dropped.version },
    });

    // The next organisation build bundles only the first pack.
    vi.stubGlobal('__ATTUNE_ORG__', {
      sites: ['https://ehr.example.org'],
      packs: ['/org/pack-1.json'],
    });
    vi.resetModules();
    const later = await import('../../entrypoints/background/org');
    expect(await later.applyOrg(read)).toEqual({
      ids: ['org.example-health.ward-handover'],
      errors: [],
    });
    expect(await db.packs.get(dropped.id)).toBeUndefined();
    expect((await db.packs.get('org.example-health.ward-handover'))?.locked).toBe(true);
    const journal = await db.encounters.toArray();
    expect(journal.map((e) => e.promptsUsed)).toEqual([[prompt]]);
  });
});
