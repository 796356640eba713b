import { canonicalJson } from '../prompts/canonical';
import type { Pack } from '../prompts/schema';
import type { Problem } from '../prompts/validate';
import { i18n } from '../utils/i18n';
import { db, type PackSource, type StoredPack } from './db';
import { checkDocument, conflict } from './pack-install';
import { pinnedKeysFor } from './pinned-keys';

/** Every installed pack. */
export function listPacks(): Promise<StoredPack[]> {
  return db.packs.toArray();
}

/**
 * Installs or updates the built-in packs. A built-in pack is replaced only when its version
 * changed, and keeps the user's enabled choice.
 */
export async function installBuiltins(packs: readonly Pack[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    for (const pack of packs) {
      const existing = await db.packs.get(pack.id);
      if (existing && existing.version === pack.version) continue;
      await db.packs.put({
        id: pack.id,
        version: pack.version,
        source: 'builtin' satisfies PackSource,
        enabled: existing?.enabled ?? true,
        installedAt: existing?.installedAt ?? now,
        updatedAt: now,
        pack,
      });
    }
  });
}

/** Enables or disables an installed pack. A policy pack is locked on; that throws. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    const pack = await db.packs.get(id);
    if (pack?.locked && !enabled)
      throw new Error(i18n.t('packs.stillOn', { name: pack.pack.name }));
    await db.packs.update(id, { enabled });
  });
}

/** Where a pack came from and what to remember about it (a URL's validators, the policy lock). */
export interface InstallOptions {
  now?: number;
  url?: string;
  etag?: string;
  lastModified?: string;
  locked?: boolean;
  /** Keys the pack must be signed with; by default the ones pinned for its id. */
  pinnedKeys?: readonly string[];
}

/** The outcome of {@link installPack}. */
export type InstallResult =
  | { ok: true; status: 'installed' | 'updated' | 'unchanged'; pack: StoredPack }
  | { ok: false; problems: Problem[] };

/**
 * Installs or updates a pack from JSON text or data: validated, signature-checked against any
 * pinned key, then written in one transaction (all or nothing). The same id and version again
 * changes nothing; an older version is refused. Prompt events are keyed by prompt id and never
 * touched, so history survives for every prompt id an update keeps. Never throws.
 */
export async function installPack(
  input: unknown,
  source: Exclude<PackSource, 'builtin'>,
  opts: InstallOptions = {},
): Promise<InstallResult> {
  try {
    const doc = input !== null && typeof input === 'object' ? (input as { id?: unknown }) : null;
    const id = typeof doc?.id === 'string' ? doc.id : undefined;
    const pinned = opts.pinnedKeys ?? (id ? await pinnedKeysFor(id) : []);
    const checked = await checkDocument(input, pinned);
    if (!checked.ok) return checked;
    // Text input is only known after parsing: look its pins up now and check again if any.
    if (!opts.pinnedKeys && !id) {
      const late = await pinnedKeysFor(checked.pack.id);
      if (late.length > 0) return installPack(input, source, { ...opts, pinnedKeys: late });
    }
    return await write(checked.pack, checked.signedBy, source, opts);
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: i18n.t('packs.installFailed', {
            error: e instanceof Error ? e.message : String(e),
          }),
        },
      ],
    };
  }
}

function write(
  pack: Pack,
  signedBy: string | undefined,
  source: PackSource,
  opts: InstallOptions,
): Promise<InstallResult> {
  const now = opts.now ?? Date.now();
  return db.transaction('rw', db.packs, async (): Promise<InstallResult> => {
    const existing = await db.packs.get(pack.id);
    const problem = conflict(existing, pack, source);
    if (problem) return { ok: false, problems: [problem] };
    const same = existing?.version === pack.version;
    if (same && canonicalJson(existing?.pack) !== canonicalJson(pack))
      return {
        ok: false,
        problems: [
          {
            path: '/version',
            message: i18n.t('packs.sameVersion', { version: pack.version }),
          },
        ],
      };
    const stored: StoredPack = {
      ...existing,
      id: pack.id,
      version: pack.version,
      source,
      enabled: opts.locked ? true : (existing?.enabled ?? true),
      installedAt: existing?.installedAt ?? now,
      updatedAt: same && existing ? existing.updatedAt : now,
      pack,
      ...(opts.url !== undefined
        ? {
            url: opts.url,
            etag: opts.etag,
            lastModified: opts.lastModified,
            lastChecked: now,
            lastError: undefined,
          }
        : {}),
      locked: opts.locked ?? source === 'policy',
      signedBy,
    };
    if (same && existing && canonicalJson(existing) === canonicalJson(stored))
      return { ok: true, status: 'unchanged', pack: existing };
    await db.packs.put(stored);
    return {
      ok: true,
      status: existing ? (same ? 'unchanged' : 'updated') : 'installed',
      pack: stored,
    };
  });
}

/** Removes a pack the user installed. Built-in and policy packs cannot be removed by the user. */
export async function removePack(
  id: string,
  opts: { byPolicy?: boolean } = {},
): Promise<{ ok: true } | { ok: false; error: string }> {
  return db.transaction('rw', db.packs, async () => {
    const pack = await db.packs.get(id);
    if (!pack) return { ok: true as const };
    if (pack.source === 'builtin')
      return {
        ok: false as const,
        error: i18n.t('packs.builtinRemove', { name: pack.pack.name }),
      };
    if (pack.locked && !opts.byPolicy)
      return {
        ok: false as const,
        error: i18n.t('packs.policyRemove', { name: pack.pack.name }),
      };
    await db.packs.delete(id);
    return { ok: true as const };
  });
}

/** Records an update check of a URL pack that brought no new version (304, or an error). */
export async function markChecked(
  id: string,
  check: { now?: number; etag?: string; lastModified?: string; error?: string },
): Promise<void> {
  const changes: Partial<StoredPack> = {
    lastChecked: check.now ?? Date.now(),
    lastError: check.error,
  };
  if (check.etag !== undefined) changes.etag = check.etag;
  if (check.lastModified !== undefined) changes.lastModified = check.lastModified;
  await db.packs.update(id, changes);
}
