import { canonicalJson } from './canonical';

/**
 * A pack's detached signature, carried in the pack's top-level `signature` field. It signs the
 * canonical JSON (prompts/canonical.ts) of the whole document except that field, in UTF-8.
 */
export interface PackSignature {
  alg: 'Ed25519';
  /** The signer's raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** The 64-byte signature, base64. */
  value: string;
}

/** The outcome of checking a document's signature. */
export type VerifyResult =
  | { status: 'unsigned' }
  | { status: 'valid'; publicKey: string }
  | { status: 'invalid'; message: string };

const ED25519 = { name: 'Ed25519' } as const;

/** Base64 of bytes (works in Node and browsers alike). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Bytes of base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The document without its `signature` field, and that field as found. */
export function splitSignature(doc: Record<string, unknown>): {
  body: Record<string, unknown>;
  signature: unknown;
} {
  const { signature, ...body } = doc;
  return { body, signature };
}

/** The exact bytes a signature covers: canonical JSON of the document minus `signature`. */
export function signedBytes(doc: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(splitSignature(doc).body));
}

/** A new key pair: the raw public key and the PKCS #8 private key, both base64. */
export async function generateKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const pub = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const priv = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey: toBase64(pub), privateKey: toBase64(priv) };
}

/** Signs a pack document (any earlier signature is replaced) with a PKCS #8 private key. */
export async function signPack(
  doc: Record<string, unknown>,
  keys: { publicKey: string; privateKey: string },
): Promise<Record<string, unknown>> {
  const priv = fromBase64(keys.privateKey);
  if (!priv) throw new Error('the private key is not base64');
  const key = await crypto.subtle.importKey('pkcs8', priv, ED25519, false, ['sign']);
  const sig = new Uint8Array(await crypto.subtle.sign(ED25519, key, signedBytes(doc)));
  const { body } = splitSignature(doc);
  const signature: PackSignature = {
    alg: 'Ed25519',
    publicKey: keys.publicKey,
    value: toBase64(sig),
  };
  // Checked here so a key file whose halves do not belong together never ships a bad pack.
  const signed = { ...body, signature };
  if ((await verifyPack(signed)).status !== 'valid')
    throw new Error("the key file's public and private keys do not match");
  return signed;
}

function readSignature(
  raw: unknown,
): { key: Uint8Array<ArrayBuffer>; sig: Uint8Array<ArrayBuffer>; publicKey: string } | string {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return 'must be an object with alg, publicKey and value';
  const s = raw as Record<string, unknown>;
  if (s.alg !== 'Ed25519') return 'alg must be "Ed25519"';
  const key = typeof s.publicKey === 'string' ? fromBase64(s.publicKey) : null;
  if (key?.length !== 32) return 'publicKey must be a base64 Ed25519 public key (32 bytes)';
  const sig = typeof s.value === 'string' ? fromBase64(s.value) : null;
  if (sig?.length !== 64) return 'value must be a base64 Ed25519 signature (64 bytes)';
  return { key, sig, publicKey: s.publicKey as string };
}

/** Checks a document's signature against the key it names. Never throws. */
export async function verifyPack(doc: unknown): Promise<VerifyResult> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { status: 'unsigned' };
  const { signature } = splitSignature(doc as Record<string, unknown>);
  if (signature === undefined) return { status: 'unsigned' };
  const read = readSignature(signature);
  if (typeof read === 'string') return { status: 'invalid', message: read };
  try {
    const key = await crypto.subtle.importKey('raw', read.key, ED25519, false, ['verify']);
    const ok = await crypto.subtle.verify(
      ED25519,
      key,
      read.sig,
      signedBytes(doc as Record<string, unknown>),
    );
    return ok
      ? { status: 'valid', publicKey: read.publicKey }
      : {
          status: 'invalid',
          message:
            'does not match the pack: it was changed after signing, or signed with another key',
        };
  } catch (e) {
    return {
      status: 'invalid',
      message: `could not be checked: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** A short, readable fingerprint of a public key: the first 8 bytes of its SHA-256, in hex pairs. */
export async function fingerprint(publicKey: string): Promise<string> {
  const bytes = fromBase64(publicKey) ?? new TextEncoder().encode(publicKey);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...hash.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(':');
}
