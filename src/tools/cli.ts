// The host CLI: one entry point for every tool command.
import { runCommand, RUN_HELP } from './run';
import { inspectFile } from './inspect';
import { packCommand } from './pack';
import { buildCommand } from './build';
import { partitionsCommand } from './partitions';
import { flashCommand } from './flash';
import { monitorCommand } from './monitor';

const HELP = `atomvm-js: AtomVM (the BEAM VM for microcontrollers) in TypeScript

Usage: atomvm-js <command> [options]

Commands:
  run APP.avm|MOD.beam ...   run an app on the host (generic_unix)
  build [DIR] [-o OUT.avm]   compile an app's .erl files with erlc and pack them
  pack [-a] OUT.avm IN ...   pack .beam/.avm/other files into an AtomVM archive (-l lists one)
  inspect FILE.beam|.avm     list modules, exports, imports and instruction counts
  partitions [CSV] -o BIN    compile an ESP32 partition table (-l lists one)
  flash APP.avm [--port P]   write an app to an ESP32 (or sim:FILE) with esptool-js (--image: all)
  monitor [--port P]         serial console of the board (sim:FILE boots the simulated ESP32)

Run "atomvm-js <command> --help" for details.`;

const INSPECT_HELP = `Usage: atomvm-js inspect FILE.beam|FILE.avm

Lists modules, exports, imports and instruction counts. Exits non-zero naming the file,
function and offset of anything that cannot be decoded.

Example:
  node dist/cli.js inspect hello_world.beam`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(HELP);
    return cmd ? 0 : 2;
  }
  switch (cmd) {
    case 'run':
      return runCommand(rest);
    case 'pack':
      return packCommand(rest);
    case 'build':
      return buildCommand(rest);
    case 'partitions':
      return partitionsCommand(rest);
    case 'flash':
      return flashCommand(rest);
    case 'monitor':
      return monitorCommand(rest);
    case 'inspect': {
      if (rest.length !== 1 || rest[0] === '--help' || rest[0] === '-h') {
        console.log(INSPECT_HELP);
        return rest.length === 1 ? 0 : 2;
      }
      const r = inspectFile(rest[0]);
      process.stdout.write(r.text.endsWith('\n') ? r.text : r.text + '\n');
      return r.ok ? 0 : 1;
    }
    default:
      console.error(`atomvm-js: unknown command '${cmd}' (see --help)`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`atomvm-js: ${e && e.message ? e.message : e}`);
    process.exitCode = 1;
  },
);
void RUN_HELP;
