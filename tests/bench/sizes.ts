import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of one built file. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Sizes of every JavaScript, CSS and HTML file of a build, largest first. */
export function buildSizes(dir: string): FileSize[] {
  return walk(dir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(f);
      return {
        file: path.relative(dir, f),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** Prints a size table. */
export function printSizes(dir: string): void {
  console.log(`\nBuilt sizes in ${dir} (bytes):`);
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)}`);
  for (const s of buildSizes(dir)) {
    console.log(`${s.file.padEnd(44)} ${String(s.raw).padStart(8)} ${String(s.gzip).padStart(8)}`);
  }
}
