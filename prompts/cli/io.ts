import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** What a command prints and its exit code; commands never print or exit themselves. */
export interface CommandResult {
  out: string[];
  err: string[];
  code: number;
}

/** The file system as commands see it, so tests can hand them files in memory. */
export interface FileIO {
  read(file: string): string;
  write(file: string, text: string): void;
  exists(file: string): boolean;
}

/** The real file system. */
export const nodeIO: FileIO = {
  read: (file) => readFileSync(file, 'utf8'),
  write: (file, text) => writeFileSync(file, text, { flag: 'wx' }),
  exists: (file) => existsSync(file),
};

/** A problem as the CLI prints it: `FILE: /json/path: message` ('(root)' for the whole file). */
export function problemLine(file: string, path: string, message: string): string {
  return `${file}: ${path === '' ? '(root)' : path}: ${message}`;
}
