import { writeFileSync } from 'node:fs';
import {
  fingerprint,
  fromBase64,
  generateKeyPair,
  signPack,
  splitSignature,
  verifyPack,
} from '../signing';
import { validatePack } from '../validate';
import { type CommandResult, type FileIO, nodeIO, problemLine } from './io';

/** File access for signing: like FileIO, plus replacing a file (sign rewrites the pack in place). */
export interface SignIO extends FileIO {
  replace(file: string, text: string): void;
}

/** The real file system; a new key file is readable by its owner only. */
export const nodeSignIO: SignIO = {
  ...nodeIO,
  write: (file, text) => writeFileSync(file, text, { flag: 'wx', mode: 0o600 }),
  replace: (file, text) => writeFileSync(file, text),
};

const fail = (line: string, code = 2): CommandResult => ({ out: [], err: [line], code });

/** Splits `FILE... --key K --out O` into files and options. */
function parse(args: readonly string[]): { files: string[]; key?: string; out?: string } | string {
  const files: string[] = [];
  const opts: { key?: string; out?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--key' || a === '--out') {
      const value = args[++i];
      if (!value) return `${a} needs a value`;
      opts[a === '--key' ? 'key' : 'out'] = value;
    } else files.push(a);
  }
  return { files, ...opts };
}

function readJson(file: string, io: FileIO): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(io.read(file).replace(/^\uFEFF/, ''));
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
    return `${file}: (root): must be a JSON object`;
  } catch (e) {
    return `${file}: (root): could not be read: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** `pack keygen KEYFILE`: a new Ed25519 key pair; prints the public key trainers hand out. */
export async function keygenCommand(
  args: readonly string[],
  io: SignIO = nodeSignIO,
): Promise<CommandResult> {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) return fail('pack keygen: give exactly one KEYFILE to create');
  if (io.exists(file)) return fail(`pack keygen: ${file} exists; choose a new file name`);
  const keys = await generateKeyPair();
  io.write(file, `${JSON.stringify({ alg: 'Ed25519', ...keys }, null, 2)}\n`);
  return {
    out: [
      `Wrote ${file}. Keep it secret: anyone holding it can sign packs as you.`,
      `Public key: ${keys.publicKey}`,
      `Fingerprint: ${await fingerprint(keys.publicKey)}`,
    ],
    err: [],
    code: 0,
  };
}

/** `pack sign FILE --key KEYFILE [--out OUT]`: checks the pack, then writes it signed. */
export async function signCommand(
  args: readonly string[],
  io: SignIO = nodeSignIO,
): Promise<CommandResult> {
  const a = parse(args);
  if (typeof a === 'string') return fail(`pack sign: ${a}`);
  const [file, ...extra] = a.files;
  if (!file || extra.length > 0 || !a.key)
    return fail('pack sign: give one FILE and --key KEYFILE');
  const doc = readJson(file, io);
  if (typeof doc === 'string') return fail(doc, 1);
  const valid = validatePack(splitSignature(doc).body);
  if (!valid.ok)
    return {
      out: valid.problems.map((p) => problemLine(file, p.path, p.message)),
      err: [`pack sign: ${file} is not valid; fix it first`],
      code: 1,
    };
  const key = readJson(a.key, io);
  if (
    typeof key === 'string' ||
    typeof key.privateKey !== 'string' ||
    typeof key.publicKey !== 'string'
  )
    return fail(`pack sign: ${a.key} is not a key file written by "pack keygen"`);
  let signed: Record<string, unknown>;
  try {
    signed = await signPack(doc, { publicKey: key.publicKey, privateKey: key.privateKey });
  } catch (e) {
    return fail(`pack sign: ${e instanceof Error ? e.message : String(e)}`);
  }
  const out = a.out ?? file;
  io.replace(out, `${JSON.stringify(signed, null, 2)}\n`);
  return { out: [`${out}: signed by ${await fingerprint(key.publicKey)}`], err: [], code: 0 };
}

/** `pack verify FILE... [--key PUBKEY|KEYFILE]`: exit 0 only when every file's signature is valid (and by that key). */
export async function verifyCommand(
  args: readonly string[],
  io: FileIO = nodeIO,
): Promise<CommandResult> {
  const a = parse(args);
  if (typeof a === 'string') return fail(`pack verify: ${a}`);
  if (a.files.length === 0) return fail('pack verify: give at least one FILE');
  let want: string | undefined;
  if (a.key) {
    const fromFile = io.exists(a.key) ? readJson(a.key, io) : null;
    want =
      fromFile && typeof fromFile !== 'string' && typeof fromFile.publicKey === 'string'
        ? fromFile.publicKey
        : a.key;
    if (fromBase64(want)?.length !== 32)
      return fail(`pack verify: --key ${a.key} is neither a public key nor a key file`);
  }
  const result: CommandResult = { out: [], err: [], code: 0 };
  for (const file of a.files) {
    const doc = readJson(file, io);
    const r = typeof doc === 'string' ? null : await verifyPack(doc);
    let line: string;
    if (typeof doc === 'string' || !r) line = doc as string;
    else if (r.status === 'unsigned')
      line = problemLine(file, '/signature', 'is missing: the pack is not signed');
    else if (r.status === 'invalid') line = problemLine(file, '/signature', r.message);
    else if (want && r.publicKey !== want)
      line = problemLine(
        file,
        '/signature',
        `is valid but by key ${await fingerprint(r.publicKey)}, not the expected ${await fingerprint(want)}`,
      );
    else {
      result.out.push(`${file}: signature valid, key ${await fingerprint(r.publicKey)}`);
      continue;
    }
    result.code = 1;
    result.out.push(line);
  }
  return result;
}

/** Runs `sign`, `verify` or `keygen`; null for any other command (prompts/cli/run.ts has those). */
export function runSigningCli(args: readonly string[]): Promise<CommandResult> | null {
  const [command, ...rest] = args;
  if (command === 'sign') return signCommand(rest);
  if (command === 'verify') return verifyCommand(rest);
  if (command === 'keygen') return keygenCommand(rest);
  return null;
}
