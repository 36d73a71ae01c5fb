// Lazy natives (vmInit({ lazyNatives: true }), the default on Espruino to save RAM): natives are
// only named at start-up and created on first use. A program touching many native groups must
// print exactly what it prints with every native registered eagerly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { runProgram, LIB, noErl, tempDir, compileErl } from './run_program';

const tmp = tempDir('lazy-natives-');

const SRC = `-module(lazy_demo).
-export([start/0]).
start() ->
    io:format("~p~n", [lists:reverse(lists:seq(1, 5))]),
    io:format("~s~n", [io_lib:format("~8.3f|~-6s|~w", [math:pi(), "ab", {x, 1}])]),
    io:format("~p~n", [binary:split(<<"a,b,,c">>, <<",">>, [global])]),
    io:format("~p~n", [maps:to_list(maps:merge(#{a => 1}, #{b => 2}))]),
    io:format("~p~n", [crypto:hash(sha256, "abc") =:= crypto:hash(sha256, <<"abc">>)]),
    io:format("~p~n", [binary_to_term(term_to_binary({1, [2.5, <<"x">>], "s"}))]),
    io:format("~p~n", [catch atom_to_list(42)]),
    io:format("~p ~p~n", [erlang:phash2({a, b}), erlang:md5(<<"x">>)]),
    Len = length(atom_to_list(node())),
    B = <<"ab", Len:32, (list_to_binary("cd"))/binary, 16#20AC/utf8, 1.5/float>>,
    <<"ab", M:32, Rest/binary>> = B,
    io:format("~p ~p ~p~n", [B, M, Rest]),
    Big = maps:from_list([{K, K * K} || K <- lists:seq(1, 40)]),
    io:format("~p~n", [lists:sort(maps:to_list(Big)) =:= lists:sort([{K, K * K} || K <- lists:seq(1, 40)])]),
    io:format("~p~n", [maps:next(maps:iterator(#{a => 1}))]),
    Self = self(),
    spawn(fun() -> Self ! {done, lists:sum(lists:seq(1, 100))} end),
    receive {done, N} -> N end.
`;

function runOnce(beam: string, lazy: boolean): string {
  return runProgram([beam], { lazyNatives: lazy });
}

test('lazy natives give the same output as eager ones', { skip: noErl || (!fs.existsSync(LIB) && 'run npm run build first') }, () => {
  const beam = compileErl(tmp, 'lazy_demo', SRC);
  const eager = runOnce(beam, false);
  assert.match(eager, /Return value: 5050\n$/);
  assert.doesNotMatch(eager, /undef/);
  assert.equal(runOnce(beam, true), eager);
});

// A device saves what naming the natives learnt (natives.ts snapshot) and restores it at the next
// start instead of running every registrar again: the program must print the same.
test('a natives snapshot restored gives the same output; one of another build is refused', { skip: noErl || (!fs.existsSync(LIB) && 'run npm run build first') }, () => {
  const beam = compileErl(tmp, 'lazy_demo', SRC);
  const eager = runOnce(beam, false);
  let snap: Uint8Array | null = null;
  let saves = 0;
  const save = (b: Uint8Array) => {
    snap = b;
    saves++;
  };
  assert.equal(runProgram([beam], { lazyNatives: true, buildId: 'build-1', saveNativesSnapshot: save }), eager);
  assert.equal(saves, 1);
  assert.ok(snap !== null && (snap as Uint8Array).length > 1000);
  // restored: nothing to save, same output
  assert.equal(runProgram([beam], { lazyNatives: true, buildId: 'build-1', nativesSnapshot: snap as unknown as Uint8Array, saveNativesSnapshot: save }), eager);
  assert.equal(saves, 1, 'a restored snapshot is not saved again');
  // another build's snapshot is not used: the natives are named again (and a new snapshot saved)
  assert.equal(runProgram([beam], { lazyNatives: true, buildId: 'build-2', nativesSnapshot: snap as unknown as Uint8Array, saveNativesSnapshot: save }), eager);
  assert.equal(saves, 2);
  // a truncated one neither
  const bad = new Uint8Array(snap as unknown as Uint8Array);
  bad[bad.length - 100] ^= 0xff;
  const cut = new Uint8Array(bad.buffer, 0, bad.length - 8);
  assert.equal(runProgram([beam], { lazyNatives: true, buildId: 'build-2', nativesSnapshot: cut, saveNativesSnapshot: save }), eager);
  assert.equal(saves, 3);
});
