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
