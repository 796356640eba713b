import { checkCommand } from './check';
import { type CommandResult, type FileIO, nodeIO } from './io';
import { newCommand } from './new';
import { statsCommand } from './stats';

/** Shown for `help`, no command or an unknown one. */
export const USAGE = [
  'Usage: npm run pack -- <command>',
  '',
  '  check FILE...   validate packs; prints FILE: /json/path: message per problem',
  '                  (exit 0 when every file is valid, 1 when any is not)',
  '  new [FILE]      write a valid starter pack to FILE, or to stdout',
  '  stats FILE | --builtin   prompt counts by kind, moment, framework, component and language',
  '  keygen KEYFILE  create an Ed25519 key pair for signing packs (keep KEYFILE secret)',
  '  sign FILE --key KEYFILE [--out OUT]   check, then sign a pack (in place by default)',
  '  verify FILE... [--key KEYFILE|PUBLICKEY]   check signatures (exit 1 if any is bad)',
  '',
  'The pack format is described in docs/packs.md.',
];

/** Runs one CLI command from its arguments (after `npm run pack --`). */
export function runCli(args: readonly string[], io: FileIO = nodeIO): CommandResult {
  const [command, ...rest] = args;
  switch (command) {
    case 'check':
      return checkCommand(rest, io);
    case 'new':
      if (rest.length > 1) return { out: [], err: ['pack new: give at most one FILE'], code: 2 };
      return newCommand(rest[0], io);
    case 'stats':
      return statsCommand(rest, io);
    case 'help':
    case '--help':
    case '-h':
      return { out: USAGE, err: [], code: 0 };
    default:
      return {
        out: [],
        err: [command ? `Unknown command: ${command}` : 'No command given.', '', ...USAGE],
        code: 2,
      };
  }
}
