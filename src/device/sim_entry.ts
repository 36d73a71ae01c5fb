// Entry of the VM bundle for the simulated ESP32 (dist/atomvm-sim.js, global AtomVMSim). The
// simulator loads it into a fresh ES5-only context with a global `board` (src/platform/sim/board.ts)
// and drives it like an engine's event loop would: boot() once, then step() from timers; events of
// the board's services come in through post() between steps (src/tools/sim/services.ts).
// Like the ESP32 port, it finds the app and the library by partition label: main.avm (its first
// module exporting start/0 is started), then lib.avm behind it.
import { vmInit, vmAddFile, vmStart, vmRunSlice, vmNextWake, result } from '../vm/vm';
import { SliceResult, processById } from '../vm/scheduler';
import { vmPost } from '../vm/platform';
import { setSystemInfoExtra } from '../vm/bifs/system';
import { simPlatform } from '../platform/sim/platform';
import { isAvm } from '../vm/loader/avm';
import { SimBoardApi } from '../platform/sim/board';
import { simConsole } from '../platform/sim/console';
import { simClock } from '../platform/sim/clock';

declare var board: SimBoardApi;

var write: (s: string) => void = function () {};
var state = 0; // 0 not started, 1 running, 2 ended

function message(e: any): string {
  return (e && e.message) || String(e);
}

/** Loads main.avm and lib.avm and starts the app. Returns '' or an error line. */
export function boot(): string {
  write = simConsole(board);
  try {
    vmInit({ write: write, now: simClock(board), memoryWords: 65536, budgetWords: 16 * 1024 * 1024, platform: simPlatform(board) });
    setSystemInfoExtra(function (key: string): any {
      return board.systemInfo(key);
    });
    var main = board.partition('main.avm');
    if (main === null) return 'no partition named main.avm';
    if (!isAvm(main)) return 'main.avm holds no packbeam archive (erased or half written): flash an app';
    vmAddFile(main, 'main.avm');
    var lib = board.partition('lib.avm');
    if (lib !== null && isAvm(lib)) vmAddFile(lib, 'lib.avm');
    vmStart();
  } catch (e) {
    state = 2;
    return message(e);
  }
  state = 1;
  return '';
}

/**
 * Runs the VM for about ms. Returns -1 when the app has ended (after printing its return value),
 * 0 when there is more to run, the milliseconds until the next timer, or WAIT_IO (2147483647) when
 * only an event of the board can wake it (the driver waits for board.wake()).
 */
export function step(ms: number): number {
  if (state !== 1) return -1;
  var r: number;
  try {
    r = vmRunSlice(ms);
  } catch (e) {
    state = 2;
    write('AtomVM error: ' + message(e) + '\n');
    return -1;
  }
  if (r === SliceResult.DONE) {
    state = 2;
    write('Return value: ' + result.text + '\n');
    return -1;
  }
  if (r === SliceResult.IDLE) {
    var w = vmNextWake();
    return w < 0 ? -1 : w;
  }
  return 0;
}

/** Delivers an event of the board to a process; false when the process is gone. */
export function post(pid: number, msg: any): boolean {
  if (state !== 1) return false;
  try {
    return vmPost(pid, msg);
  } catch (e) {
    write('AtomVM error: ' + message(e) + '\n');
    return false;
  }
}

/** Whether a process with this id still lives (services drop what a dead process left open). */
export function alive(pid: number): boolean {
  return state === 1 && processById(pid) !== null;
}

export function ended(): boolean {
  return state === 2;
}

export function ok(): boolean {
  return result.ok;
}
