// Device bundle entry: a bare ES5 engine (Duktape, JerryScript, Espruino) that has loaded this
// script with a global __AVM_BYTES (Uint8Array of an .avm, or an array of them) runs it as the
// host's `run` does, printing through print() or console.log, and ends with "Return value: ...".
import { vmInit, vmAddFile, vmStart, vmRunSlice, vmNextWake, result } from '../vm/vm';
import { SliceResult } from '../vm/scheduler';

declare var __AVM_BYTES: any;
declare var print: any;
declare var console: any;
declare var globalThis: any;

var out: (s: string) => void;
if (typeof print === 'function') out = function (s: string) { print(s); };
else out = function (s: string) { console.log(s); };

// console output is line-buffered: print() appends its own newline
var pending = '';
function write(s: string): void {
  pending += s;
  var i = pending.indexOf('\n');
  while (i >= 0) {
    out(pending.substring(0, i));
    pending = pending.substring(i + 1);
    i = pending.indexOf('\n');
  }
}
function flush(): void {
  if (pending.length > 0) out(pending);
  pending = '';
}

function main(): void {
  vmInit({ write: write, memoryWords: 65536, budgetWords: 16 * 1024 * 1024 });
  var inputs = __AVM_BYTES;
  if (inputs && typeof inputs.length === 'number' && typeof inputs[0] !== 'number') {
    for (var i = 0; i < inputs.length; i++) vmAddFile(inputs[i], 'app' + i + '.avm');
  } else vmAddFile(inputs, 'app.avm');
  vmStart();
  for (;;) {
    var r = vmRunSlice(50);
    if (r === SliceResult.DONE) break;
    if (r === SliceResult.IDLE) {
      // no engine timers here: wait for the next VM timer
      var until = Date.now() + vmNextWake();
      while (Date.now() < until) {}
    }
  }
  flush();
  out('Return value: ' + result.text);
}

try {
  main();
} catch (e) {
  flush();
  out('AtomVM error: ' + ((e && (e as any).message) || e));
}
