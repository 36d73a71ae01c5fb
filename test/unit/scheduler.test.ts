// The scheduler under conditions the differential programs cannot check against OTP: a 10,000-
// process ring (OTP itself needs over a second), memory exhaustion of one process while a
// sibling keeps answering, crash reports, idling on timers with a fake clock, strict priority
// order, and an exit signal crossing 10,000 links (no JS recursion).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

import { vmInit, vmAddFile, vmStart, vmRunSlice, vmNextWake, result } from '../../src/vm/vm';
import { SliceResult } from '../../src/vm/scheduler';

const erlc = spawnSync('erlc', ['-v'], { encoding: 'utf8' });
const noErl = erlc.error ? 'erlc not installed' : false;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scheduler-test-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function compile(mod: string, src: string): string {
  const f = path.join(tmp, mod + '.erl');
  fs.writeFileSync(f, src);
  const r = spawnSync('erlc', ['-o', tmp, f], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
  return path.join(tmp, mod + '.beam');
}

interface Run {
  out: string;
  err: string;
  ret: string;
  ok: boolean;
  slices: number;
  idles: number;
  ms: number;
}

/** Runs start/0 of the first beam; with fakeClock, IDLE advances the clock instead of sleeping. */
function run(beams: string[], opts: { budgetWords?: number; fakeClock?: boolean; maxMs?: number }): Run {
  let fake = 1000000;
  let out = '';
  let err = '';
  vmInit({
    write: (s) => (out += s),
    writeErr: (s) => (err += s),
    budgetWords: opts.budgetWords,
    now: opts.fakeClock ? () => fake : undefined,
  });
  for (const b of beams) vmAddFile(new Uint8Array(fs.readFileSync(b)), b);
  vmStart();
  const t0 = Date.now();
  let slices = 0;
  let idles = 0;
  for (;;) {
    slices++;
    const r = vmRunSlice(50);
    if (r === SliceResult.DONE) break;
    if (r === SliceResult.IDLE) {
      idles++;
      const w = vmNextWake();
      assert.ok(w >= 0, 'IDLE with no timer');
      if (opts.fakeClock) fake += w;
      else {
        const until = Date.now() + w;
        while (Date.now() < until) {
          /* wait */
        }
      }
    }
    if (Date.now() - t0 > (opts.maxMs ?? 60000)) throw new Error('VM did not finish in time');
  }
  return { out, err, ret: result.text, ok: result.ok, slices, idles, ms: Date.now() - t0 };
}

test('a ring of 10,000 processes passes a token around 100 times', { skip: noErl }, () => {
  const beam = compile(
    'sched_ring',
    `-module(sched_ring).
-export([start/0]).
start() ->
    N = 10000, Rounds = 100, Self = self(),
    First = spawn(fun() -> receive {ring, Next} -> relay(Self, Next) end end),
    Last = build(N - 1, First, Self),
    First ! {ring, Last},
    First ! {token, N * Rounds},
    receive {done, Z} -> Z end.
build(0, Next, _) -> Next;
build(K, Next, P) -> build(K - 1, spawn(fun() -> relay(P, Next) end), P).
relay(P, Next) ->
    receive
        {token, 0} -> P ! {done, hops_done};
        {token, K} -> Next ! {token, K - 1}, relay(P, Next)
    end.
`,
  );
  const r = run([beam], { maxMs: 60000 });
  assert.equal(r.ret, 'hops_done');
  console.log(`# ring: 1,000,000 messages through 10,000 processes in ${r.ms} ms`);
});

test('a process that allocates without bound dies alone with out_of_memory', { skip: noErl }, () => {
  const beam = compile(
    'sched_oom',
    `-module(sched_oom).
-export([start/0]).
start() ->
    Sibling = spawn(fun() -> echo() end),
    {Hog, Ref} = spawn_monitor(fun() -> hog([]) end),
    Before = pings(Sibling, Ref, 0),
    After = [ping(Sibling) || _ <- lists:seq(1, 10)],
    {Hog =/= Sibling, Before, After}.
hog(Acc) -> hog([{lists:seq(1, 20), Acc} | Acc]).
echo() -> receive {ping, From} -> From ! pong, echo() end.
ping(S) -> S ! {ping, self()}, receive pong -> pong after 1000 -> no_answer end.
pings(S, Ref, N) ->
    receive
        {'DOWN', Ref, process, _, Why} -> {Why, N > 0}
    after 0 ->
        pong = ping(S),
        pings(S, Ref, N + 1)
    end.
`,
  );
  const r = run([beam, path.join(process.cwd(), 'dist', 'lib.avm')], { budgetWords: 1 << 20, maxMs: 60000 });
  assert.equal(r.ret.replace(/\s+/g, ''), '{true,{out_of_memory,true},[pong,pong,pong,pong,pong,pong,pong,pong,pong,pong]}');
  assert.match(r.err, /out_of_memory/);
});

test('crash reports: only for a process\'s own abnormal end, unlinked', { skip: noErl }, () => {
  const beam = compile(
    'sched_crash',
    `-module(sched_crash).
-export([start/0]).
start() ->
    process_flag(trap_exit, true),
    {_, R1} = spawn_monitor(fun() -> error(unlinked_error) end),
    receive {'DOWN', R1, _, _, _} -> ok end,
    L = spawn_link(fun() -> error(linked_error) end),
    receive {'EXIT', L, _} -> ok end,
    {V, R2} = spawn_monitor(fun() -> receive never -> ok end end),
    exit(V, kill),
    receive {'DOWN', R2, _, _, _} -> ok end,
    {_, R3} = spawn_monitor(fun() -> exit(normal) end),
    receive {'DOWN', R3, _, _, _} -> ok end,
    {_, R4} = spawn_monitor(fun() -> exit(shutdown) end),
    receive {'DOWN', R4, _, _, _} -> ok end,
    {_, R5} = spawn_monitor(fun() -> exit(unlinked_exit) end),
    receive {'DOWN', R5, _, _, _} -> ok end,
    done.
`,
  );
  const r = run([beam], {});
  assert.equal(r.ret, 'done');
  assert.equal(r.out, '');
  assert.match(r.err, /=ERROR REPORT====\nError in process <0\.\d+\.0> with exit value:\n\{unlinked_error,\[\{sched_crash,/);
  assert.match(r.err, /unlinked_exit/);
  assert.doesNotMatch(r.err, /[^n]linked_error|killed|shutdown|normal/);
  assert.equal((r.err.match(/=ERROR REPORT/g) || []).length, 2);
});

test('the scheduler idles until the next timer instead of spinning', { skip: noErl }, () => {
  const beam = compile(
    'sched_idle',
    `-module(sched_idle).
-export([start/0]).
start() ->
    Self = self(),
    erlang:send_after(600000, Self, late),
    spawn(fun() -> receive after 300000 -> Self ! middle end end),
    T0 = erlang:monotonic_time(millisecond),
    A = receive M1 -> M1 end,
    B = receive M2 -> M2 end,
    timer:sleep(1000),
    {A, B, erlang:monotonic_time(millisecond) - T0}.
`,
  );
  const r = run([beam], { fakeClock: true });
  assert.equal(r.ret, '{middle,late,601000}');
  assert.ok(r.idles <= 4, `idled ${r.idles} times`);
  assert.ok(r.slices <= 8, `${r.slices} slices`);
});

test('run queues: max and high before normal before low', { skip: noErl }, () => {
  const beam = compile(
    'sched_prio',
    `-module(sched_prio).
-export([start/0]).
start() ->
    Self = self(),
    [spawn_opt(fun() -> Self ! P end, [{priority, P}]) || P <- [low, normal, high, max, low, high]],
    [receive M -> M end || _ <- [1, 2, 3, 4, 5, 6]].
`,
  );
  const r = run([beam], {});
  assert.equal(r.ret, '[max,high,high,normal,low,low]');
});

test('an exit signal crosses 10,000 links without recursion', { skip: noErl }, () => {
  const beam = compile(
    'sched_chain',
    `-module(sched_chain).
-export([start/0]).
start() ->
    Self = self(),
    Head = spawn(fun() -> receive die -> exit(chain) end end),
    Tail = chain(10000, Head, Self),
    Ref = monitor(process, Tail),
    Head ! die,
    receive {'DOWN', Ref, process, Tail, Why} -> {Why, erlang:system_info(process_count)} end.
chain(0, Prev, _) -> Prev;
chain(N, Prev, P) ->
    Me = spawn(fun() -> link(Prev), P ! linked, receive never -> ok end end),
    receive linked -> ok end,
    chain(N - 1, Me, P).
`,
  );
  const r = run([beam], {});
  assert.equal(r.ret, '{chain,1}');
});

test('max_heap_size kills with reason killed and a report', { skip: noErl }, () => {
  const beam = compile(
    'sched_maxheap',
    `-module(sched_maxheap).
-export([start/0]).
start() ->
    {_, R} = spawn_opt(fun() -> grow([]) end, [monitor, {max_heap_size, 1000}]),
    receive {'DOWN', R, process, _, Why} -> Why end.
grow(A) -> grow([A | A]).
`,
  );
  const r = run([beam], {});
  assert.equal(r.ret, 'killed');
});
