import type { Pack } from '../prompts/schema';
import { compareSemver } from '../prompts/semver';
import { fingerprint, splitSignature, verifyPack } from '../prompts/signing';
import { type Problem, validatePack } from '../prompts/validate';
import type { PackSource, StoredPack } from '../utils/domain';
import { i18n } from '../utils/i18n';
import { type Pins, userForgettable } from './pinned-keys';

/** Reads JSON text or data as a plain object, or null (the validator then says why not). */
export function readDocument(input: unknown): Record<string, unknown> | null {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return null;
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A pack that passed every check that needs no database: schema, limits, signature, pins. */
export type Checked =
  | { ok: true; pack: Pack; signedBy?: string }
  | { ok: false; problems: Problem[] };

/**
 * Validates a document and its signature against the pins that govern it. Runs before the
 * database transaction, because an IndexedDB transaction commits as soon as it waits on anything
 * else (WebCrypto here).
 */
export async function checkDocument(input: unknown, pins: Pins): Promise<Checked> {
  const doc = readDocument(input);
  const { body } = doc ? splitSignature(doc) : { body: input };
  const valid = validatePack(body);
  const problems: Problem[] = valid.ok ? [] : [...valid.problems];
  const sig = doc ? await verifyPack(doc) : ({ status: 'unsigned' } as const);
  if (sig.status === 'invalid')
    // prompts/signing's reason is the CLI's English, so the sentence around it stays English too.
    // i18n-ignore
    problems.push({ path: '/signature', message: `The signature ${sig.message}.` });
  else if (pins.keys.length > 0 && !(sig.status === 'valid' && pins.keys.includes(sig.publicKey)))
    problems.push({
      path: '/signature',
      message: await pinRefusal(valid.ok ? valid.pack : doc, pins, sig),
    });
  if (!valid.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    pack: valid.pack,
    ...(sig.status === 'valid' ? { signedBy: sig.publicKey } : {}),
  };
}

/** Says which pack was refused, what its pin holds and what changed, and who can change the pin. */
async function pinRefusal(
  doc: { id?: unknown; name?: unknown; version?: unknown } | null,
  pins: Pins,
  sig: { status: 'unsigned' } | { status: 'valid'; publicKey: string },
): Promise<string> {
  const key = (await Promise.all(pins.keys.map(fingerprint))).join(', ');
  const pinned =
    pins.by === 'policy'
      ? i18n.t('packs.pinWhoPolicy', { key })
      : pins.by === 'user'
        ? i18n.t('packs.pinWhoUser', { key })
        : i18n.t('packs.pinWhoFirstUse', { key });
  const values = {
    name: String(doc?.name ?? doc?.id ?? ''),
    version: String(doc?.version ?? ''),
    pinned,
  };
  const what =
    sig.status === 'unsigned'
      ? i18n.t('packs.pinUnsigned', values)
      : i18n.t('packs.pinOtherKey', { ...values, signer: await fingerprint(sig.publicKey) });
  const hint = userForgettable(pins.by)
    ? i18n.t('packs.pinHintUser')
    : i18n.t('packs.pinHintPolicy');
  return `${what} ${hint}`;
}

/** Whether a policy pack is about to take the place of the user's own pack of the same id. */
export const replacesUserPack = (existing: StoredPack | undefined, source: PackSource): boolean =>
  source === 'policy' && (existing?.source === 'file' || existing?.source === 'url');

/** Why a checked pack may not replace what is installed under its id, if it may not. */
export function conflict(
  existing: StoredPack | undefined,
  pack: Pack,
  source: PackSource,
): Problem | null {
  if (!existing) return null;
  if (existing.source === 'builtin' && source !== 'builtin')
    return {
      path: '/id',
      message: i18n.t('packs.builtinId', { id: pack.id }),
    };
  // Policy wins whatever the versions; the user's copy is kept aside (see nextRow).
  if (replacesUserPack(existing, source)) return null;
  if (existing.locked && source !== 'policy')
    return {
      path: '/id',
      message: i18n.t('packs.policyId', { id: pack.id }),
    };
  if (compareSemver(pack.version, existing.version) < 0)
    return {
      path: '/version',
      message: i18n.t('packs.downgrade', {
        version: pack.version,
        installed: existing.version,
      }),
    };
  return null;
}

/** Where a pack came from and what to remember about it (a URL's validators, the policy lock). */
export interface RowOptions {
  url?: string;
  etag?: string;
  lastModified?: string;
  locked?: boolean;
}

/**
 * The row a checked pack is stored as. Built afresh, never spread from the old row: a URL and its
 * validators stay with the source that gave them, so an inline policy pack that replaces a URL
 * pack does not inherit its address (and the daily refresh cannot install what that address
 * serves as the locked policy pack). A policy pack that replaces the user's own pack keeps that
 * pack aside in `userCopy`; a policy update carries the copy along.
 */
export function nextRow(
  existing: StoredPack | undefined,
  pack: Pack,
  signedBy: string | undefined,
  source: PackSource,
  opts: RowOptions,
  now: number,
): StoredPack {
  const aside = replacesUserPack(existing, source) ? existing : undefined;
  const carried = aside ? undefined : existing;
  const same = carried?.version === pack.version;
  const locked = opts.locked ?? source === 'policy';
  const userCopy = aside ?? carried?.userCopy;
  return {
    id: pack.id,
    version: pack.version,
    source,
    enabled: locked ? true : (carried?.enabled ?? true),
    installedAt: carried?.installedAt ?? now,
    updatedAt: same && carried ? carried.updatedAt : now,
    pack,
    ...(opts.url !== undefined
      ? {
          url: opts.url,
          ...(opts.etag !== undefined ? { etag: opts.etag } : {}),
          ...(opts.lastModified !== undefined ? { lastModified: opts.lastModified } : {}),
          lastChecked: now,
        }
      : {}),
    locked,
    ...(signedBy ? { signedBy } : {}),
    ...(userCopy ? { userCopy } : {}),
  };
}
