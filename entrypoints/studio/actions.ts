import { canonicalJson } from '../../prompts/canonical';
import { fingerprint, signPack } from '../../prompts/signing';
import { i18n } from '../../utils/i18n';

/**
 * Signs a pack with the key in the trainer's key file (the CLI's `pack keygen` format). The
 * file is read here, for this signature only: its text is never kept or stored.
 */
export async function signWithKeyFile(
  keyFile: Blob,
  doc: Record<string, unknown>,
): Promise<
  { ok: true; doc: Record<string, unknown>; signer: string } | { ok: false; error: string }
> {
  let keys: unknown;
  try {
    keys = JSON.parse(await keyFile.text());
  } catch {
    return { ok: false, error: i18n.t('studio.status.keyFileBad') };
  }
  const k = keys as { publicKey?: unknown; privateKey?: unknown } | null;
  if (typeof k?.publicKey !== 'string' || typeof k.privateKey !== 'string')
    return { ok: false, error: i18n.t('studio.status.keyFileBad') };
  try {
    const signed = await signPack(doc, { publicKey: k.publicKey, privateKey: k.privateKey });
    return { ok: true, doc: signed, signer: await fingerprint(k.publicKey) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ok: false, error: i18n.t('studio.status.signFailed', { error }) };
  }
}

/** A new draft's key: random, so two drafts of the same pack never overwrite each other. */
export const newDraftKey = (): string => crypto.randomUUID();

/** Whether two documents are the same data (key order aside). */
export const sameDoc = (a: unknown, b: unknown): boolean => {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
};
