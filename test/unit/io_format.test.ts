// Differential tests of src/vm/io_format.ts against OTP 25: one `erl` run formats thousands of
// {Format, Args} cases (format sequences x argument types, generated) with io_lib:format/2 and
// prints term_to_binary({Format, Args}) and the UTF-8 bytes of the result (or ERR when io_lib
// raises badarg, ENC when the result is not encodable chardata); the test decodes each pair with
// etfDecode, runs ioLibFormat and compares byte for byte (null for ERR/ENC).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memInit, W } from '../../src/vm/memory';
import { atomsInit } from '../../src/vm/atoms';
import { Process } from '../../src/vm/process';
import { heapSetup, heapRelease } from '../../src/vm/heap';
import { etfDecode, setFunDecodeHook } from '../../src/vm/ext_term';
import { setFunInfoHook, FunInfo } from '../../src/vm/compare';
import { ioLibFormat } from '../../src/vm/io_format';
import { printTerm } from '../../src/vm/printer';

const ERL_FT = String.raw`
-module(ft).
-export([main/1]).

main([Out]) ->
    rand:seed(exsss, {7, 8, 9}),
    {ok, F} = file:open(Out, [write, binary]),
    lists:foreach(fun({Fmt, Args}) -> emit(F, Fmt, Args) end, cases()),
    ok = file:close(F),
    halt().

emit(F, Fmt, Args) ->
    In = binary:encode_hex(term_to_binary({Fmt, Args})),
    Res = try io_lib:format(Fmt, Args) of
              Chars ->
                  case catch unicode:characters_to_binary(Chars) of
                      B when is_binary(B) -> binary:encode_hex(B);
                      _ -> <<"ENC">>
                  end
          catch error:badarg -> <<"ERR">>
          end,
    file:write(F, [In, " ", Res, "\n"]).

pick(L) -> lists:nth(rand:uniform(length(L)), L).

%% Arguments of every type.
args() ->
    [0, 1, -1, 42, 255, 256, -300, 134217728, -134217729, 1 bsl 70, -(1 bsl 65) - 7,
     0.0, -0.0, 1.0, 0.1, -2.5, 1.0e10, 123.456, 1.0e-10, 9.999999, 0.05, 99999.0, 12345.678,
     5.0e-324, 1.7976931348623157e308, 0.5, 1.5, 2.5, 1.0e22, 3.0e-5,
     a, 'A b', 'and', 'é', '日本', '', true, abc_def_ghi,
     "", "abc", "hello world", "tab\tnl\n", [200, 201], [256, 300], "日本語", [$a | <<"bc">>],
     [["ab", <<"cd">>], $e | <<"fg">>], <<"bin">>, <<"é"/utf8>>, <<233, 234>>, <<>>, <<1:1>>,
     [1, 2, 3], [a | b], [-1], [1 bsl 40], [$a, [$b, [$c]]], [<<1:1>>],
     {}, {a, b}, {ok, "str", <<"b">>}, #{}, #{a => 1, "k" => [v]},
     list_to_pid("<0.9.0>"), fun lists:reverse/1,
     [16#1F600, $x], [16#D800], [$e, 16#301, $x], "a\r\nb", [16#10FFFF + 1],
     lists:seq(1, 30), [{tag, lists:seq(1, 20)}, {other, "string value here"}]].

%% One-argument control sequences.
one_arg_formats() ->
    ["~p", "~w", "~s", "~ts", "~tp", "~tw", "~lp", "~ltp", "~tlp", "~10p", "~40p", "~0p", "~1p",
     "~80.20p", "~-10w", "~10w", "~3w", "~10.3w", "~.5w", "~10.3.*w", "~10s", "~-10s", "~3s",
     "~10.3s", "~.3s", "~10..xs", "~-10.5.-s", "~5.5s", "~3.5s", "~10ts", "~-10ts", "~3ts",
     "~.2ts", "~e", "~f", "~g", "~.2e", "~.1f", "~.3g", "~12.4e", "~-12.4f", "~12.4.0g", "~.0f",
     "~.1e", "~.1g", "~3f", "~b", "~B", "~.16b", "~.16B", "~.36B", "~8.2.0B", "~-8.16.*B",
     "~.1B", "~.37b", "~+", "~#", "~.16#", "~.2+", "~3#", "~c", "~tc", "~5c", "~-5.2.xc",
     "~5.7c", "~.3c", "~i", "abc~pdef", "~n~p", "\t~p", "x~ny~p", "~p~n", "[~w]", "~~~p",
     "~5p", "~*w", "~-*w", "~.*w", "~q", "~10.3.0f", "~-10.3f", "~10.3.xe"].

%% Terms that wrap, printed at various columns.
wide_terms() ->
    [lists:seq(1, 40), {a_fairly_long_tag, lists:seq(1, 25), "and a string"},
     #{key1 => lists:seq(1, 12), key2 => {nested, tuple, "value"}, key3 => <<"binary value">>},
     [{record_like, N, lists:duplicate(N, x)} || N <- lists:seq(1, 6)],
     list_to_binary(lists:seq(1, 80)), lists:duplicate(5, "a string element"),
     {error, {badmatch, [{m, f, 1, [{file, "a_file.erl"}, {line, 10}]}]}}].

prefixes() ->
    [{P, 0} || P <- ["", "x", "0123456789", "01234567890123456789012345678901234567890",
                     lists:duplicate(60, $.), lists:duplicate(78, $-), "\t", "\t\t\t", "ab\tc",
                     "line one\nline two ", "é", "日本 ", "~~~~~~~~", "~5n  ", "~12c"]] ++
        [{"~10w", 1}, {"~p ", 1}, {"~-20s", 1}].

cases() ->
    One = [{Fmt, [A]} || Fmt <- one_arg_formats(), A <- args(), not star(Fmt)] ++
          [{Fmt, [N, A]} || Fmt <- one_arg_formats(), star(Fmt), N <- star_args(Fmt), A <- pick_n(8, args())],
    Two = [{"~P", [A, D]} || A <- args() ++ wide_terms(), D <- [0, 1, 2, 3, 5, -1, x]] ++
          [{"~W", [A, D]} || A <- args(), D <- [0, 1, 2, 3, -1]] ++
          [{Fmt, [A, P]} || Fmt <- ["~x", "~X", "~.16x", "~.16X", "~12.16.0x", "~-12.16X"],
                            A <- [0, 255, -255, 1 bsl 70, -(1 bsl 70), 1.0, a],
                            P <- ["0x", '#', "", [[$a], $b], <<"b">>, 7, [300]]],
    Cols = [{Pre ++ "~p", lists:duplicate(N, $a) ++ [T]} || {Pre, N} <- prefixes(), T <- wide_terms()] ++
           [{"~s~p", [S, T]} || S <- ["", "abc", "é", "日本", "\t", "ab\ncd", [$x, 9], <<"bin">>],
                                T <- wide_terms()] ++
           [{"~ts~p", [S, T]} || S <- ["日本語", [16#1F600]], T <- wide_terms()] ++
           [{"~p, ~p~n~p", [A, B, C]} || _ <- lists:seq(1, 30),
                                         A <- [pick(wide_terms())], B <- [pick(wide_terms())],
                                         C <- [pick(wide_terms())]] ++
           [{"~30p|~p", [A, B]} || A <- wide_terms(), B <- [pick(wide_terms())]] ++
           [{"~p~10p", [A, B]} || A <- [a, "string", 12345], B <- wide_terms()],
    Misc = [{"~~", []}, {"~n", []}, {"~5n", []}, {"~-5n", []}, {"~3~", []}, {"~-3.2.x~", []},
            {"~", []}, {"~p", []}, {"abc", [x]}, {"~p", x}, {"~p", [a | b]}, {"~", [a]},
            {"~10", [a]}, {"~-p", [a]}, {"~-s", ["a"]},
            {'atom ~p format', [x]}, {<<"binary ~p format é">>, [y]}, {<<"~s">>, [<<"é">>]},
            {<<"~ts">>, [<<"é"/utf8>>]}, {"é ~p", [z]}, {[16#65E5, $~, $p], [a]},
            {"~p", [[16#10FFFF]]}, {"~ts", [[16#110000]]}, {"~tc", [16#D800]}, {"~tc", [-1]},
            {"~c", [-1]}, {"~c", [1 bsl 70]}, {"~c", [-(1 bsl 70) - 1]}, {"~tc", [1 bsl 70]},
            {"~.*s", [-2, "abc"]}, {"~*.*s", [5, 2, "abcdef"]}, {"~*.*.*s", [5, 2, $., "a"]},
            {"~..*s", [$*, "a"]}, {"~10.*.*s", [3, 0, "abcde"]},
            {"~ltlp", [[97]]}, {"~tltp", ["é"]}, {"~10.3.*f", [$0, 1.5]},
            {"~s", [[a]]}, {"~s", [[-1]]}, {"~s", [{}]}, {"~s", [1]}, {"~ts", [<<1:1>>]},
            {"~s", [[<<1:1>>]]}, {"~s", [["a" | "b"]]}, {"~s", [["a" | <<"b">>]]},
            {"~ts", [[<<"é"/utf8>> | <<"ü"/utf8>>]]}, {"~ts", [<<16#C3>>]},
            {"~ts", [[<<16#C3>>, <<16#A9>>]]}, {"~ts", [<<16#ED, 16#A0, 16#80>>]},
            {"~ts", [<<16#F4, 16#90, 16#80, 16#80>>]}, {"~ts", [<<16#C0, 16#80>>]},
            {"~3ts", ["a\r\nbc"]}, {"~2ts", [[$e, 16#301, $x, $y]]}, {"~5ts", [[$e, 16#301, $x, 256]]},
            {"~-6ts|", [[$e, 16#301, 16#3042]]}, {"~4.2ts|", [[16#3042, 16#3044, 16#3046]]},
            {"~p", [list_to_binary([X rem 256 || X <- lists:seq(1, 300)])]}, {"~P", [lists:seq(1, 100), 20]},
            {"~w", [{lists:seq(1, 5), #{a => b}}]}, {"~W", [#{a => 1}, 2]},
            {"~W", [#{a => 1, b => 2}, 3]}, {"~W", [{a, b, c}, 3]}, {"~W", [[a, b, c], 3]},
            {"~W", [<<1, 2, 3>>, 3]}, {"~P", [<<"abcdefghij">>, 3]}, {"~P", [<<"abcdefghij", 0>>, 4]},
            {"~P", [<<"abcdefghijklmnopqrstuvwxyz0123456789", 0>>, 12]},
            {"~tP", [<<"日本語のテキスト"/utf8>>, 3]}, {"~tP", [<<"日本語のテキスト"/utf8>>, 1]},
            {"~tp", [<<"日本語"/utf8>>]}, {"~tp", ['日本']}, {"~p", ['日本']}, {"~tw", ['日本']},
            {"~w", ['日本']}, {"~ts", ['日本']}, {"~s", ['日本']}, {"~s", ['é']}, {"~-10ts|", ['日本']},
            {"~x", [10, '日本']}, {"~x", [10, [16#1F600]]}, {"~x", [10, [16#FFFE]]},
            {["ab~p", "c"], []}, {[$a, "~p"], []}, {[$a, <<"x">>, $~, $p], [1]},
            {[$a, <<"é"/utf8>>, "~p"], []}, {[$a, <<233>>], []}, {[a], []}, {[$a | b], []},
            {[$a, [<<"x">> | <<"y">>], $~, $p], [lists:seq(1, 40)]}, {[[], $~, $p], [lists:seq(1, 40)]},
            {[<<1:1>>], []}, {[[$a, -1]], []}, {[-1], []}, {[16#D800], []}],
    One ++ Two ++ Cols ++ Misc.

star(Fmt) -> lists:member($*, Fmt).

%% (a negative precision makes OTP loop forever)
star_args("~.*w") -> [5, 0, a];
star_args(_) -> [5, -5, 0, a].

pick_n(N, L) -> [pick(L) || _ <- lists:seq(1, N)].
`;

interface Case {
  input: Uint8Array;
  out: string | null; // expected bytes (one char per byte) or null for badarg/unencodable
  raw: string;
}

function runErl(): Case[] {
  const dir = mkdtempSync(join(tmpdir(), 'io-format-test-'));
  try {
    writeFileSync(join(dir, 'ft.erl'), ERL_FT);
    const c = spawnSync('erlc', ['-o', dir, join(dir, 'ft.erl')], { encoding: 'utf8' });
    assert.equal(c.status, 0, 'erlc failed: ' + c.stderr + c.stdout);
    const out = join(dir, 'out.txt');
    const r = spawnSync('erl', ['-noshell', '-pa', dir, '-run', 'ft', 'main', out], {
      encoding: 'utf8',
      cwd: dir,
      env: Object.assign({}, process.env, { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }),
    });
    assert.equal(r.status, 0, 'erl failed: ' + r.stderr + r.stdout);
    const cases: Case[] = [];
    for (const line of readFileSync(out, 'latin1').split('\n')) {
      if (line === '') continue;
      const f = line.split(' ');
      const res = f[1] || '';
      cases.push({
        input: Uint8Array.from(Buffer.from(f[0], 'hex')),
        out: res === 'ERR' || res === 'ENC' ? null : Buffer.from(res, 'hex').toString('latin1'),
        raw: res,
      });
    }
    return cases;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const funs: FunInfo[] = [];
function setup(): void {
  memInit(1 << 16, 1 << 26);
  atomsInit();
  funs.length = 0;
  setFunDecodeHook((info: FunInfo) => {
    funs.push(info);
    return funs.length - 1;
  });
  setFunInfoHook((i: number) => funs[i] || null);
}

const show = (s: string | null) => (s === null ? 'badarg' : Buffer.from(s, 'latin1').toString('utf8'));

test('io_lib:format matches OTP 25 on generated format x argument cases', () => {
  setup();
  const cases = runErl();
  assert.ok(cases.length >= 2000, 'too few cases: ' + cases.length);
  assert.ok(cases.filter((c) => c.out === null).length > 300);
  assert.ok(cases.filter((c) => c.out !== null && c.out.indexOf('\n') >= 0).length > 300);
  let failures = 0;
  const msgs: string[] = [];
  let pid = 1;
  for (const c of cases) {
    const p = new Process(pid++);
    assert.ok(heapSetup(p, 256, 64));
    try {
      const t = etfDecode(p, c.input, 0, c.input.length);
      assert.notEqual(t, 0, 'etfDecode failed');
      const a = t >>> 2;
      const fmt = W[a + 1];
      const args = W[a + 2];
      let got: string | null;
      try {
        got = ioLibFormat(fmt, args);
      } catch (e) {
        got = 'EXCEPTION ' + String(e);
      }
      if (got !== c.out) {
        failures++;
        if (msgs.length < 15) {
          msgs.push(`format ${show(printTerm(fmt, { width: 0 }))} args ${show(printTerm(args, { width: 0 }))}\nexpected:\n${show(c.out)}\ngot:\n${show(got)}`);
        }
      }
    } finally {
      heapRelease(p);
    }
  }
  assert.equal(failures, 0, `${failures}/${cases.length} mismatches:\n` + msgs.join('\n----\n'));
});
