// Espruino cannot make a typed-array view starting 64 KB or more into its buffer, so the VM's
// copies inside its memory (GC, stack growth, maps, tuples, binaries, external terms) fall back to
// loops past that offset (memory.ts wcopy/bcopy). Here the limit is set to 0 bytes, so every copy
// takes the loops: the program must print what OTP prints, as it does with views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { runProgram, LIB, noErl, tempDir, compileErl, runOtp } from './run_program';
import { memViewLimit } from '../../src/vm/memory';

const tmp = tempDir('view-limit-');

const SRC = `-module(view_demo).
-export([start/0]).
start() ->
    %% deep recursion: the stack grows (copied) several times
    io:format("~p~n", [depth(5000)]),
    %% garbage: the copying collector moves live terms
    L = [{I, integer_to_list(I), <<I:32>>} || I <- lists:seq(1, 3000)],
    io:format("~p~n", [lists:foldl(fun({I, S, B}, A) -> A + I + length(S) + byte_size(B) end, 0, L)]),
    %% flat maps: put, update, remove shift keys and values
    M = lists:foldl(fun(I, Acc) -> Acc#{I => I * I} end, #{}, lists:seq(1, 30)),
    M2 = maps:remove(7, M#{3 := x, 31 => y}),
    io:format("~p~n", [maps:to_list(M2)]),
    %% tuples: setelement, append_element, delete_element, insert_element, tuple_to_list
    T = list_to_tuple(lists:seq(1, 40)),
    T2 = erlang:insert_element(3, erlang:delete_element(10, setelement(5, erlang:append_element(T, z), q)), w),
    io:format("~p~n", [tuple_to_list(T2)]),
    %% binaries: aligned and unaligned copies, sub-binaries, appends
    Big = <<(binary:copy(<<"abcdefgh">>, 100))/binary, 1:3, "xyz">>,
    <<_:5, Rest/bitstring>> = Big,
    io:format("~p ~p~n", [bit_size(Rest), erlang:md5(term_to_binary(Rest))]),
    B2 = << <<X>> || <<X>> <= binary:copy(<<"0123456789">>, 50) >>,
    io:format("~p~n", [binary:part(B2, 200, 20)]),
    %% external terms both ways
    E = term_to_binary({M2, T2, Big, [1.5, "s", <<"t">>]}),
    io:format("~p~n", [binary_to_term(E) =:= {M2, T2, Big, [1.5, "s", <<"t">>]}]),
    ok.

depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).
`;

test('copies inside VM memory give the output of OTP when no view may be made (Espruino past 64 KB)', { skip: noErl || (!fs.existsSync(LIB) && 'run npm run build first') }, () => {
  const beam = compileErl(tmp, 'view_demo', SRC);
  const otp = runOtp(tmp, 'view_demo');
  memViewLimit(0);
  let ours: string;
  try {
    ours = runProgram([beam], { memoryWords: 4096 });
  } finally {
    memViewLimit(-1);
  }
  assert.equal(ours, otp + 'Return value: ok\n');
});
