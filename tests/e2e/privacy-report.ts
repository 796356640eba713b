import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { REQUEST_LOG, REQUEST_REPORT, type SeenRequest } from './privacy-recorder';

type Line = ({ test: string } & SeenRequest) | { test: string; none: true };

/**
 * Playwright's global teardown: gathers what every test's recorder saw (see fixtures.ts) into one
 * JSON file and prints a one-line summary.
 */
export default function report(): void {
  if (!existsSync(REQUEST_LOG)) return;
  const lines = readFileSync(REQUEST_LOG, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
  rmSync(REQUEST_LOG);
  const requests = lines.filter((l): l is { test: string } & SeenRequest => !('none' in l));
  const tests = new Set(lines.map((l) => l.test)).size;
  writeFileSync(REQUEST_REPORT, `${JSON.stringify({ tests, requests }, null, 2)}\n`);
  const undeclared = requests.filter((r) => !r.allowed).length;
  console.log(
    `Network silence: ${tests} tests recorded, ${requests.length} extension requests ` +
      `(${requests.length - undeclared} declared by their test, ${undeclared} undeclared); ` +
      `see ${REQUEST_REPORT}`,
  );
}
