// The platform bridge (src/vm/platform.ts): services registered as natives, terms converted to
// JS values and back (every shape, deep nesting without recursion), errors raised in the caller,
// events posted from outside a process, and a VM that waits for I/O instead of ending.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

import { vmInit, vmAddFile, vmStart, vmRunSlice, vmNextWake, result } from '../../src/vm/vm';
import { SliceResult, WAIT_IO } from '../../src/vm/scheduler';
import { Platform, PVal, PlatformError, vmPost, iodataBytes, pGet, pString } from '../../src/vm/platform';

const noErl = spawnSync('erlc', ['-v']).error ? 'erlc not installed' : false;
const LIB = path.join(__dirname, '../../dist/lib.avm');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-test-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function compile(mod: string, src: string): string {
  const f = path.join(tmp, mod + '.erl');
  fs.writeFileSync(f, src);
  const r = spawnSync('erlc', ['-o', tmp, f], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
  return path.join(tmp, mod + '.beam');
}

/** Runs until DONE; on WAIT_IO calls onIdle (which may post events) at most `idles` times. */
function run(beam: string, pl: Platform, onIdle: () => void): { out: string; ret: string; waits: number } {
  let out = '';
  vmInit({ write: (s) => (out += s), platform: pl });
  vmAddFile(new Uint8Array(fs.readFileSync(beam)), beam);
  if (fs.existsSync(LIB)) vmAddFile(new Uint8Array(fs.readFileSync(LIB)), LIB);
  vmStart();
  let waits = 0;
  for (let i = 0; i < 10000; i++) {
    const r = vmRunSlice(50);
    if (r === SliceResult.DONE) return { out, ret: result.text, waits };
    if (r === SliceResult.IDLE && vmNextWake() === WAIT_IO) {
      waits++;
      onIdle();
    }
  }
  throw new Error('did not end');
}

test('services: conversions both ways, errors, events, waiting for I/O', { skip: noErl }, () => {
  const seen: PVal[][] = [];
  let owner = 0;
  let open = true;
  let woken = 0;
  const pl: Platform = {
    name: 'esp32',
    random: () => 0xdeadbeef,
    services: {
      'demo:echo/1': (a) => (seen.push(a), a[0]),
      'demo:fail/1': (a) => {
        throw new PlatformError(a[0]);
      },
      'demo:bug/0': () => {
        throw new Error('oops');
      },
      'demo:nothing/0': () => undefined as unknown as PVal,
      'demo:subscribe/0': (_a, c) => ((owner = c.pid), 'ok'),
      'demo:close/0': () => ((open = false), 'ok'),
      'demo:iodata/1': (a) => iodataBytes(a[0]) ?? 'error',
      'demo:get/2': (a) => pGet(a[0], a[1] as string) ?? 'undefined',
      'demo:str/1': (a) => {
        const t = pString(a[0]);
        return t === null ? 'error' : t.length;
      },
    },
    pending: () => open,
    wake: () => woken++,
  };
  const beam = compile(
    'pl_demo',
    `-module(pl_demo).
-export([start/0]).
start() ->
    Deep = deep(20000, x),
    Vals = [ok, 42, -7, 1 bsl 40, 1.5, 2.0, <<1,2,3>>, "abc", [], {a, {b, [c]}}, #{k => v, 1 => [2]},
            self(), list_to_port("#Port<0.5>"), Deep],
    Back = [demo:echo(V) || V <- Vals],
    io:format("~p~n", [Back == Vals]),
    io:format("~p~n", [[reason(catch demo:echo(V)) || V <- [make_ref(), fun() -> ok end, [a | b], <<1:3>>, 1 bsl 60]]]),
    io:format("~p~n", [reason(catch demo:fail({error, nope}))]),
    io:format("~p~n", [reason(catch demo:bug())]),
    io:format("~p~n", [reason(catch demo:nothing())]),
    io:format("~p ~p~n", [demo:iodata([1, <<2, 3>>, [[4]], <<>>]), demo:iodata([256])]),
    io:format("~p ~p ~p~n", [demo:get([{ssid, "x"}, dhcp], ssid), demo:get([dhcp], dhcp), demo:get(#{psk => <<"p">>}, psk)]),
    io:format("~p ~p~n", [demo:str("héllo"), demo:str(<<"bin">>)]),
    io:format("~p ~p ~p~n", [atomvm:platform(), atomvm:random(), byte_size(atomvm:random_bytes(7))]),
    ok = demo:subscribe(),
    R = receive {event, N, Data} -> {N, Data} end,
    ok = demo:close(),
    R.
reason({'EXIT', {R, [{demo, _, _, _} | _]}}) -> R.
deep(0, A) -> A;
deep(N, A) -> deep(N - 1, [A]).
`,
  );
  const r = run(beam, pl, () => {
    assert.equal(vmPost(owner, { tuple: ['event', 1, new Uint8Array([104, 105])] }), true);
  });
  const lines = r.out.split('\n');
  assert.equal(lines[0], 'true', r.out);
  assert.deepEqual(lines.slice(1, 5), ['[badarg,badarg,badarg,badarg,badarg]', '{error,nope}', '{platform_error,<<"oops">>}', 'badarg'], r.out);
  assert.match(r.out, /<<1,2,3,4>> error\n/);
  assert.match(r.out, /"x" true <<"p">>\n/);
  assert.match(r.out, /\n5 3\n/);
  assert.match(r.out, /esp32 3735928559 7\n/);
  assert.equal(r.ret, '{1,<<"hi">>}');
  assert.equal(r.waits, 1);
  assert.ok(woken >= 1);
  // a map arrives as pairs, a tuple as { tuple }, a pid as { pid }
  const m = seen.find((a) => typeof a[0] === 'object' && a[0] !== null && 'map' in (a[0] as object));
  assert.ok(m);
});

test('a VM with nothing pending ends when every process waits; vmPost to a dead process is false', { skip: noErl }, () => {
  const pl: Platform = { name: 'generic_unix', services: {}, pending: () => false, wake: () => {} };
  const beam = compile('pl_wait', `-module(pl_wait).\n-export([start/0]).\nstart() -> receive x -> ok end.\n`);
  const r = run(beam, pl, () => assert.fail('no I/O wait expected'));
  assert.equal(r.waits, 0);
  assert.equal(vmPost(99999, 'hello'), false);
});
