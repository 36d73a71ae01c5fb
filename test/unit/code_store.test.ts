// The code space in a CodeStore (Espruino: a Storage file in flash, code.ts): every word is
// written once, in order, and read back through view(). A program that loads many modules on
// demand, raises, catches and spawns must print exactly what it prints with code in RAM, and a
// module that fails to load must leave the store usable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { vmInit } from '../../src/vm/vm';
import { runProgram, LIB, noErl, tempDir } from './run_program';
import { CodeStore } from '../../src/vm/code';
import { loadModule } from '../../src/vm/module';
import { parseAvm } from '../../src/vm/loader/avm';

const tmp = tempDir('code-store-');

const SRC = `-module(store_demo).
-export([start/0]).
start() ->
    io:format("~p~n", [lists:map(fun(X) -> X * X end, lists:seq(1, 6))]),
    io:format("~s~n", [io_lib:format("~.2f ~w", [2.5, {a, "b"}])]),
    io:format("~p~n", [catch lists:nth(0, [])]),
    {ok, P} = gen_server:start(store_srv, 7, []),
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [proplists:get_value(b, [{a, 1}, {b, 2}])]),
    Self = self(),
    spawn(fun() -> Self ! {done, lists:sum(lists:seq(1, 100))} end),
    receive {done, N} -> N end.
`;
const SRV = `-module(store_srv).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2]).
init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, {value, N}, N}.
handle_cast(_, N) -> {noreply, N}.
`;

/** A flash-like store: writes only into never-written words, in increasing order. */
function flashStore(words: number): { store: CodeStore; writes: number } {
  const mem = new Int32Array(words);
  const written = new Uint8Array(words);
  const st = { writes: 0, store: null as unknown as CodeStore };
  let next = 1;
  st.store = {
    words,
    write(at, w, n) {
      assert.ok(at >= next, `write at ${at} below the last written word ${next}`);
      for (let i = 0; i < n; i++) {
        assert.equal(written[at + i], 0, `word ${at + i} written twice`);
        written[at + i] = 1;
        mem[at + i] = w[i];
      }
      next = at + n;
      st.writes++;
    },
    view() {
      return new Int32Array(mem); // a copy: the VM must fetch the view again after each write
    },
  };
  return st;
}

function run(beams: string[], store: CodeStore | null): string {
  return runProgram(beams, store ? { codeStore: store } : {});
}

test('code in a write-once store runs as code in RAM', { skip: noErl || (!fs.existsSync(LIB) && 'run npm run build first') }, () => {
  for (const [name, src] of [['store_demo', SRC], ['store_srv', SRV]]) fs.writeFileSync(path.join(tmp, name + '.erl'), src);
  const r = spawnSync('erlc', ['-o', tmp, path.join(tmp, 'store_demo.erl'), path.join(tmp, 'store_srv.erl')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const beams = [path.join(tmp, 'store_demo.beam'), path.join(tmp, 'store_srv.beam')];
  const ram = run(beams, null);
  assert.match(ram, /Return value: 5050\n$/);
  assert.doesNotMatch(ram, /undef|error/);
  const f = flashStore(65536);
  assert.equal(run(beams, f.store), ram);
  assert.ok(f.writes > 5, 'modules were written as they loaded');
});

test('a full code store is a load error, and a failed load leaves the store usable', { skip: noErl || (!fs.existsSync(LIB) && 'run npm run build first') }, () => {
  const beam = path.join(tmp, 'store_srv.beam');
  if (!fs.existsSync(beam)) {
    fs.writeFileSync(path.join(tmp, 'store_srv.erl'), SRV);
    assert.equal(spawnSync('erlc', ['-o', tmp, path.join(tmp, 'store_srv.erl')]).status, 0);
  }
  const bytes = new Uint8Array(fs.readFileSync(beam));
  const lists = parseAvm(new Uint8Array(fs.readFileSync(LIB)), 'lib.avm').filter((e) => e.name === 'lists.beam')[0];
  assert.ok(lists, 'lib.avm has lists.beam');
  // lists (~9,000 words) fills a 3,000-word store half way, after some batches were written
  const f = flashStore(3000);
  vmInit({ write: () => {}, codeStore: f.store });
  assert.throws(() => loadModule(lists.data, 'lib.avm:lists.beam'), /code space full \(3000 words/);
  assert.ok(f.writes > 0, 'part of lists was written before the store filled');
  // the next module goes after the words already written (the store checks each is written once)
  const m = loadModule(bytes, 'store_srv.beam');
  assert.ok(m.codeEnd > m.codeStart);
});
