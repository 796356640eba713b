import { canonicalJson } from '../prompts/canonical';
import type { Pack } from '../prompts/schema';
import type { Problem } from '../prompts/validate';
import type { PackSource, StoredPack } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { db } from './db';
import {
  checkDocument,
  conflict,
  nextRow,
  type RowOptions,
  readDocument,
  replacesUserPack,
} from './pack-install';
import { forgetKeys, type PinLineage, type Pins, pinsFor, rememberSigner } from './pinned-keys';
import { triggersChanged } from './trigger-stamp';

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
  await triggersChanged(); // every write of the packs table tells the background's trigger cache
}

/** Enables or disables an installed pack. A policy pack is locked on; that throws. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    const pack = await db.packs.get(id);
    if (pack?.locked && !enabled)
      throw new Error(i18n.t('packs.stillOn', { name: pack.pack.name }));
    await db.packs.update(id, { enabled });
  });
  await triggersChanged();
}

/** Where a pack came from and what to remember about it (a URL's validators, the policy lock). */
export interface InstallOptions extends RowOptions {
  now?: number;
}

/** The outcome of {@link installPack}. */
export type InstallResult =
  | { ok: true; status: 'installed' | 'updated' | 'unchanged'; pack: StoredPack }
  | { ok: false; problems: Problem[] };

/**
 * Whose pins an install answers to: a policy pack listed inline is as trusted as the policy that
 * lists it, so only the policy's own pins apply to it; a policy URL pack keeps its own pin.
 */
function lineageOf(source: PackSource, opts: InstallOptions): PinLineage | 'inline' {
  if (source !== 'policy') return 'user';
  return opts.url === undefined ? 'inline' : 'policy';
}

/**
 * Installs or updates a pack from JSON text or data: validated, signature-checked against the
 * pins that govern it, then written in one transaction (all or nothing). The same id and version
 * again changes nothing; an older version is refused. A policy pack takes the place of the user's
 * own pack of the same id, whatever the versions, and keeps it aside. The first signed version
 * pins its key (trust on first use). Prompt events are keyed by prompt id and never touched, so
 * history survives for every prompt id an update keeps. Never throws.
 */
export async function installPack(
  input: unknown,
  source: Exclude<PackSource, 'builtin'>,
  opts: InstallOptions = {},
): Promise<InstallResult> {
  try {
    const id = readDocument(input)?.id;
    const lineage = lineageOf(source, opts);
    const pins =
      typeof id !== 'string'
        ? NO_PINS
        : lineage === 'inline'
          ? policyOnly(await pinsFor(id, 'policy'))
          : await pinsFor(id, lineage);
    const checked = await checkDocument(input, pins);
    if (!checked.ok) return checked;
    const r = await write(checked.pack, checked.signedBy, source, opts);
    if (r.ok && r.status !== 'unchanged') await triggersChanged();
    // After the transaction: storage.local cannot join it, and a pin is only worth keeping for
    // a version that was installed. Held back by no pin of its own (first signed version, or let
    // in by the policy's pin), the signer becomes the lineage's pin.
    const heldByOwnPin = pins.by !== null && pins.by !== 'policy';
    if (r.ok && checked.signedBy && lineage !== 'inline' && !heldByOwnPin)
      await rememberSigner(r.pack.id, lineage, checked.signedBy);
    return r;
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

const NO_PINS: Pins = { keys: [], by: null };
const policyOnly = (p: Pins): Pins => (p.by === 'policy' ? p : NO_PINS);

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
    const stored = nextRow(existing, pack, signedBy, source, opts, now);
    const replacing = replacesUserPack(existing, source);
    const same = !replacing && existing?.version === pack.version;
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
    if (same && existing && canonicalJson(existing) === canonicalJson(stored))
      return { ok: true, status: 'unchanged', pack: existing };
    await db.packs.put(stored);
    return {
      ok: true,
      status: !existing || replacing ? 'installed' : same ? 'unchanged' : 'updated',
      pack: stored,
    };
  });
}

/** Removes a pack the user installed. Built-in and policy packs cannot be removed by the user. */
export async function removePack(
  id: string,
  opts: { byPolicy?: boolean } = {},
): Promise<{ ok: true } | { ok: false; error: string }> {
  const r = await db.transaction('rw', db.packs, async () => {
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
    // The policy dropped its pack: the user's own copy, kept aside, comes back as it was.
    if (pack.userCopy) await db.packs.put(pack.userCopy);
    else await db.packs.delete(id);
    return { ok: true as const };
  });
  // A removed pack's pin goes with it (the policy's own pins stay): installing that id again is
  // a first use. The user's copy that came back keeps the user's pins.
  if (r.ok) await forgetKeys(id, opts.byPolicy ? 'policy' : 'user');
  if (r.ok) await triggersChanged();
  return r;
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
