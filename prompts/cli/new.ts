import { dirname, relative, resolve, sep } from 'node:path';
import { PACK_SCHEMA_PATH } from '../json-schema';
import type { CommandResult, FileIO } from './io';
import { starterPack } from './starter';

/** Path from the new file's folder to pack.schema.json, in the forward slashes JSON expects. */
export function schemaRefFor(file: string | undefined, root: string): string {
  const from = file === undefined ? process.cwd() : dirname(resolve(file));
  return relative(from, resolve(root, PACK_SCHEMA_PATH)).split(sep).join('/');
}

/** `pack new [FILE]`: a valid starter pack on stdout, or in FILE (never overwriting one). */
export function newCommand(
  file: string | undefined,
  io: FileIO,
  root = process.cwd(),
): CommandResult {
  const text = `${JSON.stringify(starterPack(schemaRefFor(file, root)), null, 2)}\n`;
  if (file === undefined) return { out: [text.trimEnd()], err: [], code: 0 };
  if (io.exists(file))
    return { out: [], err: [`${file}: already exists; not overwriting it`], code: 1 };
  try {
    io.write(file, text);
  } catch (e) {
    return {
      out: [],
      err: [`${file}: could not be written: ${e instanceof Error ? e.message : String(e)}`],
      code: 1,
    };
  }
  return {
    out: [`${file}: written; edit it, then run: npm run pack -- check ${file}`],
    err: [],
    code: 0,
  };
}
