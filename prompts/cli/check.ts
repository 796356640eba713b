import { type ValidationResult, validatePack } from '../validate';
import { type CommandResult, type FileIO, problemLine } from './io';

/** Reads and validates one file; an unreadable file is a problem like any other. */
export function validateFile(file: string, io: FileIO): ValidationResult {
  let text: string;
  try {
    text = io.read(file);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [{ path: '', message: `could not be read: ${reason}` }] };
  }
  return validatePack(text);
}

/** True for a JSON Schema document (such as prompts/pack.schema.json) rather than a pack. */
function isJsonSchema(file: string, io: FileIO): boolean {
  try {
    const doc: unknown = JSON.parse(io.read(file));
    const schema = (doc as { $schema?: unknown } | null)?.$schema;
    return (
      typeof schema === 'string' &&
      /^https?:\/\/json-schema\.org\//.test(schema) &&
      !('prompts' in (doc as object))
    );
  } catch {
    return false;
  }
}

/** `pack check FILE...`: every problem of every file, exit 0 only when all are valid. */
export function checkCommand(files: readonly string[], io: FileIO): CommandResult {
  const result: CommandResult = { out: [], err: [], code: 0 };
  if (files.length === 0) {
    return { out: [], err: ['pack check: give at least one FILE'], code: 2 };
  }
  for (const file of files) {
    if (isJsonSchema(file, io)) {
      // So `pack check prompts/*.json` passes over the editor schema that sits beside the packs.
      result.out.push(`${file}: skipped (a JSON Schema for editors, not a pack)`);
      continue;
    }
    const r = validateFile(file, io);
    if (r.ok) {
      result.out.push(`${file}: ok (${r.pack.prompts.length} prompts)`);
    } else {
      result.code = 1;
      for (const p of r.problems) result.out.push(problemLine(file, p.path, p.message));
    }
  }
  return result;
}
