import type { Pack } from '../prompts/schema';
import { compareSemver } from '../prompts/semver';
import { splitSignature, verifyPack } from '../prompts/signing';
import { type Problem, validatePack } from '../prompts/validate';
import { i18n } from '../utils/i18n';
import type { PackSource, StoredPack } from './db';

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
 * Validates a document and its signature. Runs before the database transaction, because an
 * IndexedDB transaction commits as soon as it waits on anything else (WebCrypto here).
 */
export async function checkDocument(input: unknown, pinned: readonly string[]): Promise<Checked> {
  const doc = readDocument(input);
  const { body } = doc ? splitSignature(doc) : { body: input };
  const valid = validatePack(body);
  const problems: Problem[] = valid.ok ? [] : [...valid.problems];
  const sig = doc ? await verifyPack(doc) : ({ status: 'unsigned' } as const);
  if (sig.status === 'invalid')
    // prompts/signing's reason is the CLI's English, so the sentence around it stays English too.
    // i18n-ignore
    problems.push({ path: '/signature', message: `The signature ${sig.message}.` });
  if (pinned.length > 0 && sig.status !== 'invalid') {
    const id = valid.ok ? valid.pack.id : String(doc?.id);
    if (sig.status === 'unsigned')
      problems.push({
        path: '/signature',
        message: i18n.t('packs.pinUnsigned', { id }),
      });
    else if (!pinned.includes(sig.publicKey))
      problems.push({
        path: '/signature',
        message: i18n.t('packs.pinOtherKey', { id }),
      });
  }
  if (!valid.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    pack: valid.pack,
    ...(sig.status === 'valid' ? { signedBy: sig.publicKey } : {}),
  };
}

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
