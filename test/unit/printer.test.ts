// Differential tests of src/vm/printer.ts against OTP 25: one `erl` run prints, for a table of
// hand-picked and pseudo-random terms, io_lib:write/1,2 (~w, ~W, ~tw) and io_lib_pretty:print/2
// (~p with column, line length, depth, encoding and strings options) as UTF-8 hex, next to the
// term_to_binary of the term; the test decodes each term with etfDecode and compares byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memInit, W } from '../../src/vm/memory';
import { atomsInit, atomName, atomIntern } from '../../src/vm/atoms';
import { binFromBytes, binSub } from '../../src/vm/binary';
import { ioLibFormat } from '../../src/vm/io_format';
import { Process } from '../../src/vm/process';
import { heapSetup, heapRelease, heapAlloc } from '../../src/vm/heap';
import { etfDecode, setFunDecodeHook } from '../../src/vm/ext_term';
import { setFunInfoHook, FunInfo } from '../../src/vm/compare';
import {
  printTerm,
  writeTerm,
  setPrintableRange,
  cpsToUtf8,
  setMapIterHook,
  setFunNameHook,
} from '../../src/vm/printer';
import { mkSmall, NIL } from '../../src/vm/term';

// The Erlang side. Every line: "w Depth Enc TermHex OutHex" or "p Col Ll Depth Enc Str TermHex OutHex".
const ERL_PT = String.raw`
-module(pt).
-export([main/1]).

main([Out, Which]) ->
    rand:seed(exsss, {11, 22, 33}),
    Terms = case Which of "all" -> terms(); "uni" -> uni_terms() end,
    {ok, F} = file:open(Out, [write, binary]),
    lists:foreach(fun(T) -> emit(F, T, Which) end, Terms),
    ok = file:close(F),
    halt().

hex(B) -> binary:encode_hex(B).
chars(C) -> hex(unicode:characters_to_binary(C)).
enc(latin1) -> "0"; enc(unicode) -> "1".
bool(true) -> "1"; bool(false) -> "0".

emit(F, T, Which) ->
    TH = hex(term_to_binary(T)),
    W = fun(D, E) ->
            S = io_lib:write(T, [{depth, D}, {encoding, E}]),
            file:write(F, ["w ", integer_to_list(D), " ", enc(E), " ", TH, " ", chars(S), "\n"])
        end,
    P = fun(Col, Ll, D, E, Str) ->
            S = io_lib_pretty:print(T, [{column, Col}, {line_length, Ll}, {depth, D},
                                        {encoding, E}, {strings, Str}]),
            file:write(F, ["p ", integer_to_list(Col), " ", integer_to_list(Ll), " ",
                           integer_to_list(D), " ", enc(E), " ", bool(Str), " ", TH, " ",
                           chars(S), "\n"])
        end,
    case Which of
        "all" ->
            W(-1, latin1), W(-1, unicode),
            [W(D, latin1) || D <- [0, 1, 2, 3, 5]],
            P(1, 80, -1, latin1, true),
            P(1, 80, -1, unicode, true),
            P(1, 80, -1, latin1, false),
            [P(pick([1, 2, 5, 10, 20, 30, 40, 60, 79, 80, 85]),
               pick([80, 80, 80, 40, 20, 10, 60, 120, 0, 1, 30]),
               pick([-1, -1, -1, 1, 2, 3, 4, 5, 8, 15]),
               pick([latin1, unicode]), pick([true, true, false])) || _ <- lists:seq(1, 6)];
        "uni" ->
            W(-1, unicode),
            [P(C, L, -1, E, true) || C <- [1, 30], L <- [80, 20], E <- [latin1, unicode]],
            [P(1, 80, D, unicode, true) || D <- [2, 3, 4]]
    end.

pick(L) -> lists:nth(rand:uniform(length(L)), L).

atoms() ->
    [a, 'A', 'hello world', '', 'and', 'andalso', 'after', 'begin', 'bnot', 'band', 'bor', 'bsl',
     'bsr', 'bxor', 'case', 'catch', 'cond', 'div', 'end', 'fun', 'if', 'let', 'not', 'of', 'or',
     'orelse', 'receive', 'rem', 'try', 'when', 'xor', 'maybe', 'else', 'true', 'nil', 'ok@host',
     'a.b', 'a-b', 'a_B9@', '_x', '9a', 'é', 'ÿ', 'À', 'ß', 'a×', 'a÷', '÷', '×b', 'Þx', 'aÞ',
     '日本', 'a日', 'x\ny', 'q\'uote', 'back\\slash', 'tab\t', '\e\d', [1, 2], 'dq"q',
     list_to_atom([0, 127, 128, 159, 160, 255]), list_to_atom([16#1F600]),
     a_rather_long_atom_name_that_takes_space, 'Another Long Quoted Atom Name'].

ints() ->
    [0, 1, -1, 42, 255, 256, -256, 134217727, 134217728, -134217728, -134217729, 2147483647,
     2147483648, -2147483649, 4294967296, 1 bsl 59, 1 bsl 64, -(1 bsl 100), 12345678901234567890,
     -98765432109876543210987654321].

floats() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 1.0e100, 1.0e-300, 5.0e-324, 1.7976931348623157e308, 123456.789,
     -2.5, 1.0e15, 1.0e16, 123456789012345680.0, 0.001, 3.14159].

strings() ->
    ["", "abc", "hello\nworld", "tab\there", [7], [8, 9, 10, 11, 12, 13, 27], [127], [128], [159],
     [160], [255], [256], "é", "日本", "a\"b", "a\\b", "it's", [0], [31], [$a, 200, $b],
     "\r\n", "a longer string that goes on and on and on, past the end of any reasonable line",
     lists:duplicate(100, $x), [16#1F600], [16#D7FF], [16#E000], [16#FFFD], [16#10FFFF],
     "wrap " ++ lists:duplicate(30, $y) ++ "\n" ++ lists:duplicate(30, $z)].

bins() ->
    [<<>>, <<"abc">>, <<1, 2, 3>>, <<"abc", 0>>, <<"é"/utf8>>, <<"日本"/utf8>>, <<233>>, <<5:3>>,
     <<1, 2, 5:3>>, <<"abc", 1:1>>, <<0:7>>, <<"line\nbreak">>, <<"tab\t\e">>, <<127>>,
     <<"a\"q\\b">>, list_to_binary(lists:duplicate(100, $b)),
     list_to_binary(lists:seq(0, 199)), list_to_binary(lists:seq(100, 255)),
     <<"0123456789012345678901234", 1, "tail">>, <<"0123456789", 0, "tail">>,
     <<"abcdefghijklmnopqrstuvwxyz">>, <<255, 254, 253>>,
     <<"ünïcödé strïng"/utf8>>, <<"日本語のテキスト"/utf8>>, <<"mixed ascii then é"/utf8>>,
     <<"é"/utf8, 0>>, <<"ab", 16#C3>>, <<200, 201, 202>>,
     list_to_binary(lists:duplicate(40, "ab\n")),
     <<"0123456789012345678901234567890123456789", 0, 1, 2>>,
     <<1:1, 0:8>>, <<(binary:copy(<<"x">>, 30))/binary, 5:4>>].

misc() ->
    [list_to_pid("<0.5.0>"), list_to_pid("<0.123.0>"), list_to_port("#Port<0.7>"),
     fun lists:map/2, fun erlang:'+'/2, fun 'A':'b c'/0, fun 'and':'or'/1,
     fun(X) -> X + 1 end, [], {}, #{}].

compound() ->
    L30 = lists:seq(1, 30),
    [[1, 2, 3], [a | b], [1 | 2], [[1, 2], [3]], lists:seq(1, 100), L30, [{a, 1}, {b, 2}],
     ["abc", "def"], [$a, $b | c], [$a, $b | "cd"], [<<>>], [[]], [[], []], [a | []],
     {a}, {a, b}, {1, 2, 3}, {ok, "string"}, {error, {badarg, [1, 2, 3]}},
     {person, "Joe Armstrong", 42, [erlang, prolog, smalltalk], #{lang => erlang}},
     {a_very_long_tag_name_for_a_tuple, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], {nested, L30}},
     {tag, lists:seq(1, 40)}, {lists:seq(1, 40), tag},
     [{key_number_one, "value one"}, {key_number_two, "value two"}, {key_three, 3}],
     #{a => 1}, #{a => 1, b => #{c => 2}}, #{1 => a, 1.0 => b, 2 => c},
     #{{tuple, key} => [list, value], "string key" => <<"bin value">>},
     maps:from_list([{K, K * K} || K <- lists:seq(1, 20)]),
     maps:from_list([{list_to_atom("key" ++ integer_to_list(K)), lists:seq(1, K)} || K <- lists:seq(1, 12)]),
     #{nested => #{deeper => #{deepest => lists:seq(1, 25)}}, other => [a, b, c]},
     #{a_long_key_name_number_one => a_long_value_name_number_one,
       a_long_key_name_number_two => {a, tuple, value, with, many, elements, in, it}},
     #{[1, 2] => #{x => y}, {} => [], <<"k">> => 1.5},
     [#{a => 1}, #{b => 2}, #{c => lists:seq(1, 30)}],
     {[1, 2, 3], {4, 5, {6, 7, {8, 9, {10, 11, {12, 13}}}}}},
     nest_list(40), nest_tuple(40), nest_map(30), nest_mixed(30),
     lists:duplicate(30, {point, 1.5, -2.25}),
     lists:duplicate(12, "strings in a list"),
     lists:duplicate(8, lists:seq(1, 12)),
     [lists:seq(1, N) || N <- lists:seq(1, 12)],
     {tag, <<"a binary inside">>, list_to_binary(lists:seq(1, 60))},
     [list_to_binary(lists:seq(1, 60)) | list_to_binary(lists:seq(61, 120))],
     {list_to_binary(lists:duplicate(90, $q))},
     {a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc},
     {ok, {{200, "OK"}, [{"content-type", "text/html"}, {"content-length", "1234"}], <<"<html>">>}},
     [x | lists:seq(1, 40)], [lists:seq(1, 40) | tail], lists:seq(1, 40) ++ tail,
     lists:seq(1, 25) ++ {t, u}, [a_long_atom_element, another_long_atom_element, yet_another_one | tail_atom],
     {tag, lists:seq(1, 30) ++ "x"}, [list_to_atom([$e, 16#301]), list_to_atom([16#1F1EF, 16#1F1F5, $x])],
     {aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, [ccccccccccccccccccccccc, {ddddddddddddddddd, eeeeeeeeeeeeeeeeee}]},
     {ab, {cd, {ef, {gh, {ij, {kl, {mn, {op, {qr, {st, {uv, {wx, lists:seq(1, 30)}}}}}}}}}}}}, [lists:seq(1, 40) | lists:seq(1, 5)],
     {'EXIT', list_to_pid("<0.42.0>"), {function_clause, [{mod, func, [arg1, arg2], [{file, "mod.erl"}, {line, 12}]}]}},
     {error, {{badmatch, {error, enoent}}, [{module_a, f, 2, [{file, "src/module_a.erl"}, {line, 45}]}, {module_b, g, 0, []}]}}].

nest_list(0) -> [];
nest_list(N) -> [nest_list(N - 1)].
nest_tuple(0) -> {};
nest_tuple(N) -> {N, nest_tuple(N - 1)}.
nest_map(0) -> #{};
nest_map(N) -> #{N => nest_map(N - 1)}.
nest_mixed(0) -> leaf;
nest_mixed(N) ->
    case N rem 3 of
        0 -> [N, nest_mixed(N - 1)];
        1 -> {t, nest_mixed(N - 1), N};
        2 -> #{k => nest_mixed(N - 1)}
    end.

rnd_leaf() ->
    case rand:uniform(12) of
        1 -> pick(atoms());
        2 -> pick(ints());
        3 -> pick(floats());
        4 -> pick(strings());
        5 -> pick(bins());
        6 -> rand:uniform(1000) - 500;
        7 -> pick([a, b, ok, error, undefined, true, false, 'EXIT', foo_bar]);
        8 -> [];
        9 -> list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(30))]);
        10 -> [$a + rand:uniform(25) || _ <- lists:seq(1, rand:uniform(20))];
        11 -> rand:uniform() * 1000;
        12 -> pick(misc())
    end.

rnd_term(0) -> rnd_leaf();
rnd_term(D) ->
    case rand:uniform(11) of
        1 -> list_to_tuple([rnd_term(D - 1) || _ <- lists:seq(1, rand:uniform(7) - 1)]);
        2 -> [rnd_term(D - 1) || _ <- lists:seq(1, rand:uniform(9) - 1)];
        3 -> maps:from_list([{rnd_leaf(), rnd_term(D - 1)} || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        4 -> list_to_tuple([pick(atoms()) | [rnd_term(D - 1) || _ <- lists:seq(1, rand:uniform(4))]]);
        5 -> [rnd_term(D - 1) | rnd_leaf()];
        6 -> [rnd_leaf() || _ <- lists:seq(1, rand:uniform(25))];
        7 -> {pick([ok, error, reply, noreply, 'EXIT']), rnd_term(D - 1)};
        _ -> rnd_leaf()
    end.

terms() ->
    atoms() ++ ints() ++ floats() ++ strings() ++ bins() ++ misc() ++ compound() ++
        [rnd_term(rand:uniform(6)) || _ <- lists:seq(1, 350)].

uni_terms() ->
    strings() ++ bins() ++ atoms() ++
        [["日本", "abc"], {"ünï", <<"ünï"/utf8>>}, #{"日本" => <<"日本"/utf8>>},
         [16#1F600, 16#1F601], [16#D800], [16#FFFE], lists:duplicate(30, "日本語"),
         {tag, lists:duplicate(40, 16#3042)}, <<"日本語のテキスト、もっと長い文章を書きます。"/utf8>>,
         [<<"é"/utf8>>, <<"日本"/utf8>>, <<"a", 0, "é"/utf8>>]].
`;

interface Case {
  kind: string;
  col: number;
  ll: number;
  depth: number;
  uni: boolean;
  str: boolean;
  term: Uint8Array;
  out: string; // expected output, one char per byte
}

function runErl(which: string, extra: string[]): Case[] {
  const dir = mkdtempSync(join(tmpdir(), 'printer-test-'));
  try {
    writeFileSync(join(dir, 'pt.erl'), ERL_PT);
    const c = spawnSync('erlc', ['-o', dir, join(dir, 'pt.erl')], { encoding: 'utf8' });
    assert.equal(c.status, 0, 'erlc failed: ' + c.stderr + c.stdout);
    const out = join(dir, 'out.txt');
    const r = spawnSync('erl', extra.concat(['-noshell', '-pa', dir, '-run', 'pt', 'main', out, which]), {
      encoding: 'utf8',
      cwd: dir,
      env: Object.assign({}, process.env, { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }),
    });
    assert.equal(r.status, 0, 'erl failed: ' + r.stderr + r.stdout);
    const lines = readFileSync(out, 'latin1').split('\n');
    const cases: Case[] = [];
    for (const line of lines) {
      if (line === '') continue;
      const f = line.split(' ');
      const hexBytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
      const text = (h: string) => Buffer.from(h, 'hex').toString('latin1');
      if (f[0] === 'w') {
        cases.push({
          kind: 'w', col: 0, ll: 0, depth: +f[1], uni: f[2] === '1', str: true,
          term: hexBytes(f[3]), out: text(f[4] || ''),
        });
      } else {
        cases.push({
          kind: 'p', col: +f[1], ll: +f[2], depth: +f[3], uni: f[4] === '1', str: f[5] === '1',
          term: hexBytes(f[6]), out: text(f[7] || ''),
        });
      }
    }
    return cases;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// VM set-up: one memory, closures named from their NEW_FUN_EXT fields.
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

let nextPid = 1;
function withProcess<R>(f: (p: Process) => R): R {
  const p = new Process(nextPid++);
  assert.ok(heapSetup(p, 256, 64));
  try {
    return f(p);
  } finally {
    heapRelease(p);
  }
}

function decode(p: Process, bytes: Uint8Array): number {
  const t = etfDecode(p, bytes, 0, bytes.length);
  assert.notEqual(t, 0, 'etfDecode failed');
  return t;
}

const show = (s: string) => Buffer.from(s, 'latin1').toString('utf8');

function check(cases: Case[]): void {
  let failures = 0;
  const msgs: string[] = [];
  const seen: { [k: string]: boolean } = {};
  for (const c of cases) {
    withProcess((p) => {
      const t = decode(p, c.term);
      let got: string;
      if (c.kind === 'w') got = writeTerm(t, c.depth, c.uni);
      else got = printTerm(t, { indent: c.col, width: c.ll, depth: c.depth, unicode: c.uni, strings: c.str });
      if (got !== c.out) {
        failures++;
        if (msgs.length < 12 && !seen.hasOwnProperty(c.out)) {
          seen[c.out] = true;
          msgs.push(
            `${c.kind} col=${c.col} ll=${c.ll} depth=${c.depth} uni=${c.uni} str=${c.str}\n` +
              `expected:\n${show(c.out)}\ngot:\n${show(got)}`,
          );
        }
      }
    });
  }
  assert.equal(failures, 0, `${failures}/${cases.length} mismatches:\n` + msgs.join('\n----\n'));
}

test('io_lib:write and io_lib_pretty:print match OTP 25', () => {
  setup();
  setPrintableRange(false);
  const cases = runErl('all', []);
  assert.ok(cases.length > 4000, 'too few cases: ' + cases.length);
  // the table must exercise line breaking, depth limits and closures
  assert.ok(cases.filter((c) => c.out.indexOf('\n') >= 0).length > 800);
  assert.ok(cases.filter((c) => c.out.indexOf('...') >= 0).length > 800);
  assert.ok(cases.filter((c) => c.out.indexOf('#Fun<pt.') >= 0).length > 10);
  check(cases);
});

test('unicode printable range (erl +pc unicode)', () => {
  setup();
  setPrintableRange(true);
  try {
    const cases = runErl('uni', ['+pc', 'unicode']);
    assert.ok(cases.length > 500);
    check(cases);
  } finally {
    setPrintableRange(false);
  }
});

test('deep terms print without deep JS recursion', () => {
  setup();
  withProcess((p) => {
    // [[[...[]...]]] 100000 levels deep and a 200000-element list
    let t = NIL;
    for (let i = 0; i < 100000; i++) {
      const a = heapAlloc(p, 2);
      W[a] = t;
      W[a + 1] = NIL;
      t = (a << 2) | 1;
    }
    const w = writeTerm(t);
    assert.equal(w.length, 200002);
    const pr = printTerm(t);
    assert.equal(pr, w);
    let l = NIL;
    for (let i = 0; i < 200000; i++) {
      const a = heapAlloc(p, 2);
      W[a] = mkSmall(i % 100);
      W[a + 1] = l;
      l = (a << 2) | 1;
    }
    assert.ok(writeTerm(l).length > 200000);
    assert.ok(printTerm(l).split('\n').length > 1000);
  });
});

test('cpsToUtf8 encodes code points as UTF-8 bytes', () => {
  const cps = [0x41, 0xe9, 0x65e5, 0x1f600];
  assert.equal(cpsToUtf8(cps), Buffer.from('Aé日😀', 'utf8').toString('latin1'));
  const many: number[] = [];
  for (let i = 0; i < 1000; i++) many.push(0x3042);
  assert.equal(cpsToUtf8(many).length, 3000);
  void atomName;
});

// Hand-written expectations: etfDecode never builds these shapes, so erl cannot be asked directly;
// the expected text is what OTP prints for the equal term (<<"abc">>, #{a => 1,b => 2}, ...).
test('unaligned sub binaries print like the aligned equal binary', () => {
  setup();
  withProcess((p) => {
    // bytes 06 16 26 30, 4 bits in: 0x61 0x62 0x63 = "abc"
    const orig = binFromBytes(p, [0x06, 0x16, 0x26, 0x30], 0, 4);
    const abc = binSub(p, orig, 4, 24);
    assert.equal(printTerm(abc), '<<"abc">>');
    assert.equal(writeTerm(abc), '<<97,98,99>>');
    assert.equal(ioLibFormat(utf8List(p, '~s|~p|~w'), mkListOf(p, [abc, abc, abc])), 'abc|<<"abc">>|<<97,98,99>>');
    // 4 bits in, 11 bits long: <<97, 3:3>>
    const bits = binSub(p, orig, 4, 11);
    assert.equal(printTerm(bits), '<<97,3:3>>');
    assert.equal(writeTerm(bits), '<<97,3:3>>');
  });
});

test('large maps print through mapIterHook, closures through funNameHook', () => {
  setup();
  withProcess((p) => {
    // a fake HAMT box: the hook enumerates its pairs
    const a = heapAlloc(p, 3);
    W[a] = (2 << 6) | 0x30;
    W[a + 1] = 0;
    W[a + 2] = 0;
    const m = (a << 2) | 2;
    const ka = mkAtomT('a');
    const kb = mkAtomT('b');
    setMapIterHook((t: number, out: number[]) => {
      assert.equal(t, m);
      out.push(ka, mkSmall(1), kb, mkSmall(2));
    });
    try {
      assert.equal(printTerm(m), '#{a => 1,b => 2}');
      assert.equal(writeTerm(m), '#{a => 1,b => 2}');
    } finally {
      setMapIterHook(null);
    }
    const f = heapAlloc(p, 3);
    W[f] = (2 << 6) | 0x14;
    W[f + 1] = mkSmall(7);
    W[f + 2] = (1 << 4) | 3;
    const fun = (f << 2) | 2;
    setFunNameHook((i: number) => (i === 7 ? '#Fun<m.7.99>' : null));
    try {
      assert.equal(printTerm(fun), '#Fun<m.7.99>');
      assert.equal(writeTerm(mkListOf(p, [fun])), '[#Fun<m.7.99>]');
    } finally {
      setFunNameHook(null);
    }
  });
});

function mkAtomT(name: string): number {
  return (atomIntern(name) << 6) | 0x0b;
}

function mkListOf(p: Process, items: number[]): number {
  let l = NIL;
  for (let i = items.length - 1; i >= 0; i--) {
    const a = heapAlloc(p, 2);
    W[a] = items[i];
    W[a + 1] = l;
    l = (a << 2) | 1;
  }
  return l;
}

function utf8List(p: Process, s: string): number {
  const items: number[] = [];
  for (const ch of s) items.push(mkSmall(ch.codePointAt(0) as number));
  return mkListOf(p, items);
}
