// Device bundle entry: a bare ES5 engine (Duktape, JerryScript, Espruino) that has loaded this
// script with a global __AVM_BYTES (Uint8Array of an .avm, or an array of them) runs it as the
// host's `run` does, printing through print() or console.log, and ends with "Return value: ...".
import { vmInit, vmAddFile, vmStart, vmRunSlice, vmNextWake, result } from '../vm/vm';
import { SliceResult } from '../vm/scheduler';

declare var __AVM_BYTES: any;
declare var print: any;
declare var console: any;
declare var globalThis: any;

var rawOut: (s: string) => void;
if (typeof print === 'function') rawOut = function (s: string) { print(s); };
else rawOut = function (s: string) { console.log(s); };

// The VM writes UTF-8 bytes (one per char). Engines with 16-bit strings (Duktape, JerryScript)
// need them decoded into real characters; 8-bit-string engines (Espruino) print the bytes as they are.
var wide = String.fromCharCode(0x20ac).charCodeAt(0) === 0x20ac;
function decodeUtf8(s: string): string {
  var r = '';
  var i = 0;
  while (i < s.length) {
    var c = s.charCodeAt(i);
    var n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (n === 0 || i + n >= s.length + 1) {
      r += String.fromCharCode(c);
      i++;
      continue;
    }
    var cp = c & (0x3f >> n);
    for (var j = 1; j <= n; j++) cp = (cp << 6) | (s.charCodeAt(i + j) & 0x3f);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      r += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else r += String.fromCharCode(cp);
    i += n + 1;
  }
  return r;
}
function out(s: string): void {
  rawOut(wide ? decodeUtf8(s) : s);
}

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
