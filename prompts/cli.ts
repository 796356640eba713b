// The trainer's CLI: `npm run pack -- check|new|stats ...`. Only argv and printing live here;
// each command is a function in prompts/cli/ that returns its output and exit code.
import { runCli } from './cli/run';
import { runSigningCli } from './cli/sign';

const args = process.argv.slice(2);
// sign, verify and keygen use WebCrypto, which is asynchronous; the other commands are not.
const result = (await runSigningCli(args)) ?? runCli(args);
for (const line of result.out) console.log(line);
for (const line of result.err) console.error(line);
process.exitCode = result.code;
