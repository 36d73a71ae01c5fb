// Hand-assembled test vectors for instructions our OTP 25 erlc cannot emit (OTP 26-29) and for
// OTP 24/25 instructions in the forms newer compilers use (typed registers, call_fun2 tags).
// Each module exports start/0. `expected` is the text `node dist/cli.js run` prints after
// "Return value: ". For opcodes OTP 25 knows (`erl: true`), erl runs the vector too and must
// agree; for OTP 26+ opcodes erl cannot load the module, so the expected values are written by
// hand from the instruction semantics (genop.tab and the compiler's code generator), and erl
// checks them by evaluating `equivalent`, the same computation in ordinary Erlang source.
//
// Operand layouts used (facts from OTP's genop.tab / beam_asm / beam_ssa_codegen / validator):
//   update_record Hint Size Src Dst [Index Value ...]       Hint: the atom copy or reuse; Size
//       and the 1-based tuple indexes are u operands; indexes ascending.
//   bs_match Fail Ctx [Command...], each command flattened to its atom then its operands:
//       ensure_at_least Stride Unit   remaining >= Stride and (remaining - Stride) rem Unit == 0
//       ensure_exactly Stride         remaining == Stride
//       integer Live Flags Size Unit Dst / binary Live Flags Size Unit Dst  (Size * Unit bits;
//               Flags is [] (nil) or a literal list of little/native/signed)
//       skip Stride / get_tail Live Unit Dst / '=:=' nil Bits Value (Bits <= 31, Value a u)
//   executable_line Location Index        (OTP 27; both u: a Line table index and a counter)
//   debug_line Location Index Live Arity  (OTP 28; assumed all u)
//   bif3 Fail Bif Arg1 Arg2 Arg3 Dst      (OTP 29; like bif2 with one more argument)
//   make_fun3 FunIndex Dst [Env...]       call_fun2 Tag Arity Func (Tag: safe, unsafe, or a
//       FunIndex when the fun is known)   init_yregs [Y...]

import {
    ModuleSpec, FunctionSpec, Instr, Operand, u, i, a, nil, x, y, f, lit, tr, list, ext, lambda, loc, commands, flagList,
    fn, alloc, assemble, string,
} from './asm';
import { atom, tuple, bin } from './etf';

export interface Vector {
    name: string;
    spec: ModuleSpec;
    /** text after "Return value: ", with the printer's line breaks (newline + indent) removed */
    expected?: string;
    /** further vectors whose files follow this one on the `run` command line */
    runWith?: string[];
    /** for malformed vectors: the one-line error `run` must print (a regexp) */
    loadError?: RegExp;
    /** OTP 25 can load and run it: erl is checked against `expected` too */
    erl: boolean;
    /** do not even try to load it in OTP 25 (its loader crashes on it) */
    erlUnsafe?: string;
    /**
     * An OTP 25 Erlang expression computing the same value with ordinary source code: erl
     * evaluates it, which checks the hand-written `expected` of vectors OTP 25 cannot load.
     */
    equivalent?: string;
    /** known VM problem: the test is marked todo with this text */
    knownBug?: string;
    why: string;
}

/** id/1: a call the VM cannot see through (keeps values out of literals). */
function idFn(mod: string, firstLabel: number): FunctionSpec {
    return fn(mod, 'id', 1, firstLabel, [['return']]);
}

// ------------------------------------------------------------------------------ update_record

function vUpdateRecord(): Vector {
    const M = 'v_update_record';
    const ID = 21;
    const start = fn(M, 'start', 0, 1, [
        ['allocate', u(1), u(0)],
        ['move', lit(tuple(atom('r'), 1, 2, 3)), x(0)],
        ['line', loc(10)],
        ['call', u(1), f(ID + 1)], // x0 = {r,1,2,3}, not a literal any more
        ['test_heap', u(35), u(1)],
        // R#r{c = x} (copy): element 3 of the 4-tuple
        ['update_record', a('copy'), u(4), x(0), x(1), list(u(3), a('x'))],
        // reuse hint, the value is the same as before: still an equal tuple
        ['update_record', a('reuse'), u(4), x(0), x(2), list(u(2), i(1))],
        // two updates, first and last field, one of them a literal
        ['update_record', a('copy'), u(4), x(0), x(3), list(u(2), a('a'), u(4), lit([1]))],
        // typed source register, reuse hint with a changed value, a tuple as the new value
        ['update_record', a('reuse'), u(4), tr(x(0)), x(4), list(u(4), x(1))],
        // destination is the source register
        ['update_record', a('copy'), u(4), x(1), x(1), list(u(2), i(-5))],
        // y register as source and destination
        ['move', x(0), y(0)],
        ['update_record', a('copy'), u(4), y(0), y(0), list(u(1), a('s'), u(3), i(1000000))],
        ['move', y(0), x(5)],
        ['put_tuple2', x(0), list(x(1), x(2), x(3), x(4), x(5), x(0))],
        ['deallocate', u(1)],
        ['return'],
    ]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start, idFn(M, ID)] },
        expected: '{{r,-5,x,3},{r,1,2,3},{r,a,2,[1]},{r,1,2,{r,1,x,3}},{s,1,1000000,3},{r,1,2,3}}',
        equivalent:
            'R = {r,1,2,3}, R1 = setelement(3, R, x), ' +
            '{setelement(2, R1, -5), R, setelement(4, setelement(2, R, a), [1]), setelement(4, R, R1), ' +
            'setelement(3, setelement(1, R, s), 1000000), R}',
        erl: false,
        why: 'update_record is OTP 26: each result is a copy of {r,1,2,3} with the listed 1-based elements replaced; the source is never modified',
    };
}

// ------------------------------------------------------------------------------ bs_match

function vBsMatch(): Vector {
    const M = 'v_bs_match';
    const fns: FunctionSpec[] = [];
    // m1(<<A:8, B:16/little-signed, C:4, _:4, Rest/binary>>) -> {A,B,C,Rest}; m1(_) -> nomatch
    fns.push(
        fn(M, 'm1', 1, 101, [
            ['bs_start_match3', f(103), x(0), u(1), x(1)],
            ['bs_match', f(103), x(1), commands(
                ['ensure_at_least', u(32), u(8)],
                ['integer', u(2), nil, u(8), u(1), x(2)],
                ['integer', u(3), flagList('little', 'signed'), u(16), u(1), x(3)],
                ['integer', u(4), nil, u(4), u(1), x(4)],
                ['skip', u(4)],
                ['get_tail', u(5), u(8), x(5)],
            )],
            ['test_heap', u(5), u(6)],
            ['put_tuple2', x(0), list(x(2), x(3), x(4), x(5))],
            ['return'],
            ['label', u(103)],
            ['move', a('nomatch'), x(0)],
            ['return'],
        ]),
    );
    // m2(<<"ab", X:8, Y:2/binary>>) -> {X,Y} (exactly 5 bytes); m2(_) -> nomatch
    fns.push(
        fn(M, 'm2', 1, 111, [
            ['bs_start_match4', a('no_fail'), u(1), x(0), x(1)],
            ['bs_match', f(113), x(1), commands(
                ['ensure_exactly', u(40)],
                ['=:=', nil, u(16), u(0x6162)],
                ['integer', u(2), nil, u(8), u(1), x(2)],
                ['binary', u(3), nil, u(2), u(8), x(3)],
            )],
            ['test_heap', u(3), u(4)],
            ['put_tuple2', x(0), list(x(2), x(3))],
            ['return'],
            ['label', u(113)],
            ['move', a('nomatch'), x(0)],
            ['return'],
        ]),
    );
    // m3(<<A:40/signed, B:64, C:32/little, D:3, E:5/signed>>) -> {A,B,C,D,E}
    fns.push(
        fn(M, 'm3', 1, 121, [
            ['bs_start_match3', f(123), x(0), u(1), x(1)],
            ['bs_match', f(123), x(1), commands(
                ['ensure_exactly', u(152)],
                ['integer', u(2), flagList('signed'), u(40), u(1), x(2)],
                ['integer', u(3), nil, u(8), u(8), x(3)], // 64 bits as Size 8, Unit 8
                ['integer', u(4), flagList('little'), u(32), u(1), x(4)],
                ['integer', u(5), nil, u(3), u(1), x(5)],
                ['integer', u(6), flagList('signed'), u(5), u(1), x(6)],
                ['skip', u(8)],
            )],
            ['test_heap', u(6), u(7)],
            ['put_tuple2', x(0), list(x(2), x(3), x(4), x(5), x(6))],
            ['return'],
            ['label', u(123)],
            ['move', a('nomatch'), x(0)],
            ['return'],
        ]),
    );
    // m4(<<"hello!", T/binary>>) -> T: 48 bits compared as 31 + 17 (what OTP 26 emits)
    const hello = 0x68656c6c6f21n; // "hello!"
    const hi31 = Number(hello >> 17n);
    const lo17 = Number(hello & 0x1ffffn);
    fns.push(
        fn(M, 'm4', 1, 131, [
            ['bs_start_match3', f(133), x(0), u(1), x(1)],
            ['bs_match', f(133), x(1), commands(
                ['ensure_at_least', u(48), u(8)],
                ['=:=', nil, u(31), u(hi31)],
                ['=:=', nil, u(17), u(lo17)],
                ['get_tail', u(1), u(8), x(0)],
            )],
            ['return'],
            ['label', u(133)],
            ['move', a('nomatch'), x(0)],
            ['return'],
        ]),
    );
    // m5(<<_:3, Rest/bits>>) -> Rest (an unaligned tail); m5(_) -> nomatch
    fns.push(
        fn(M, 'm5', 1, 141, [
            ['bs_start_match3', f(143), x(0), u(1), x(1)],
            ['bs_match', f(143), x(1), commands(['ensure_at_least', u(3), u(1)], ['skip', u(3)], ['get_tail', u(1), u(1), x(0)])],
            ['return'],
            ['label', u(143)],
            ['move', a('nomatch'), x(0)],
            ['return'],
        ]),
    );
    // m6: two bs_match on one context: <<1, X:16, _/binary>> -> {one,X}; <<2, Y:8/signed>> -> {two,Y}
    fns.push(
        fn(M, 'm6', 1, 151, [
            ['bs_start_match3', f(159), x(0), u(1), x(1)],
            ['bs_match', f(159), x(1), commands(['ensure_at_least', u(8), u(8)], ['integer', u(2), nil, u(8), u(1), x(2)])],
            ['select_val', x(2), f(159), list(i(1), f(153), i(2), f(154))],
            ['label', u(153)],
            ['bs_match', f(159), x(1), commands(['ensure_at_least', u(16), u(8)], ['integer', u(2), nil, u(16), u(1), x(3)])],
            ['test_heap', u(3), u(4)],
            ['put_tuple2', x(0), list(a('one'), x(3))],
            ['return'],
            ['label', u(154)],
            ['bs_match', f(159), x(1), commands(['ensure_exactly', u(8)], ['integer', u(2), flagList('signed'), u(8), u(1), x(3)])],
            ['test_heap', u(3), u(4)],
            ['put_tuple2', x(0), list(a('two'), x(3))],
            ['return'],
            ['label', u(159)],
            ['move', a('nomatch'), x(0)],
            ['return'],
        ]),
    );
    // start(): every case, collected in a list
    const cases: [string, ReturnType<typeof lit>][] = [
        ['m1', lit(bin([1, 0xfe, 0xff, 0xa5, 7, 8]))],
        ['m1', lit(bin([1, 2, 3, 4]))],
        ['m1', lit(bin([1, 2, 3]))], // too short
        ['m1', lit({ $: 'bits', bytes: new Uint8Array([1, 2, 3, 4, 0x50]), lastBits: 4 })], // 36 bits: unit 8 fails
        ['m2', lit(bin('abc\x01\x02'))],
        ['m2', lit(bin('abc\x01'))], // not exactly 40 bits
        ['m2', lit(bin('xbc\x01\x02'))], // '=:=' fails
        ['m3', lit(bin([0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0x80, 0xbe, 0]))],
        ['m4', lit(bin('hello!, world'))],
        ['m4', lit(bin('hello?, world'))], // differs in the second 17-bit chunk
        ['m4', lit(bin('jello!'))], // differs in the first 31-bit chunk
        ['m5', lit(bin([0xff, 1]))],
        ['m5', lit(bin([]))],
        ['m6', lit(bin([1, 1, 2, 3]))],
        ['m6', lit(bin([2, 0xff]))],
        ['m6', lit(bin([2, 0xff, 0]))],
        ['m6', lit(bin([3]))],
    ];
    const labels: { [k: string]: number } = { m1: 102, m2: 112, m3: 122, m4: 132, m5: 142, m6: 152 };
    const body: Instr[] = [['allocate', u(1), u(0)], ['init_yregs', list(y(0))], ['move', nil, y(0)]];
    for (let k = cases.length - 1; k >= 0; k--) {
        const [m, arg] = cases[k];
        body.push(
            ['move', arg, x(0)],
            ['call', u(1), f(labels[m])],
            ['test_heap', u(2), u(1)],
            ['put_list', x(0), y(0), y(0)],
        );
    }
    body.push(['move', y(0), x(0)], ['deallocate', u(1)], ['return']);
    fns.unshift(fn(M, 'start', 0, 1, body));
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: fns },
        expected:
            '[{1,-2,10,<<7,8>>},{1,770,0,<<>>},nomatch,nomatch,' +
            '{99,<<1,2>>},nomatch,nomatch,' +
            '{-2,18446744073709551615,2147483649,5,-2},' +
            '<<", world">>,nomatch,nomatch,' +
            '<<248,1:5>>,nomatch,' +
            '{one,258},{two,-1},nomatch,nomatch]',
        equivalent:
            'M1 = fun(<<A:8, B:16/little-signed, C:4, _:4, Rest/binary>>) -> {A,B,C,Rest}; (_) -> nomatch end, ' +
            'M2 = fun(<<"ab", X:8, Y:2/binary>>) -> {X,Y}; (_) -> nomatch end, ' +
            'M3 = fun(<<A:40/signed, B:64, C:32/little, D:3, E:5/signed, _:8>>) -> {A,B,C,D,E}; (_) -> nomatch end, ' +
            'M4 = fun(<<"hello!", T/binary>>) -> T; (_) -> nomatch end, ' +
            'M5 = fun(<<_:3, R/bits>>) -> R; (_) -> nomatch end, ' +
            'M6 = fun(<<1, X:16, _/binary>>) -> {one,X}; (<<2, Y:8/signed>>) -> {two,Y}; (_) -> nomatch end, ' +
            '[M1(<<1,16#fe,16#ff,16#a5,7,8>>), M1(<<1,2,3,4>>), M1(<<1,2,3>>), M1(<<1,2,3,4,5:4>>), ' +
            'M2(<<"abc",1,2>>), M2(<<"abc",1>>), M2(<<"xbc",1,2>>), ' +
            'M3(<<-2:40, -1:64, 1,0,0,16#80, 16#be, 0>>), ' +
            'M4(<<"hello!, world">>), M4(<<"hello?, world">>), M4(<<"jello!">>), M5(<<255,1>>), M5(<<>>), ' +
            'M6(<<1,1,2,3>>), M6(<<2,255>>), M6(<<2,255,0>>), M6(<<3>>)]',
        erl: false,
        why: 'bs_match is OTP 26: values worked out by hand from the bytes (big-endian unless little; signed two\'s complement)',
    };
}

/** A one-argument matcher: bs_start_match3 into x1, `body`, return x0; `nomatch` on failure. */
function matcher(mod: string, name: string, first: number, body: Instr[]): FunctionSpec {
    return fn(mod, name, 1, first, [
        ['bs_start_match3', f(first + 9), x(0), u(1), x(1)],
        ...body,
        ['return'],
        ['label', u(first + 9)],
        ['move', a('nomatch'), x(0)],
        ['return'],
    ]);
}

function vBsMatchEdges(): Vector {
    const M = 'v_bs_match_edges';
    const F = (first: number): Operand => f(first + 9);
    const fns: FunctionSpec[] = [
        // n1(<<X:64/signed>>) -> X
        matcher(M, 'n1', 101, [['bs_match', F(101), x(1), commands(['ensure_exactly', u(64)], ['integer', u(2), flagList('signed'), u(64), u(1), x(0)])]]),
        // n2(<<X:64/little-signed>>) -> X
        matcher(M, 'n2', 111, [['bs_match', F(111), x(1), commands(['ensure_exactly', u(64)], ['integer', u(2), flagList('little', 'signed'), u(64), u(1), x(0)])]]),
        // n3(<<X:72, Y:24/little-signed>>) -> {X, Y}
        matcher(M, 'n3', 121, [
            ['bs_match', F(121), x(1), commands(
                ['ensure_exactly', u(96)],
                ['integer', u(2), nil, u(72), u(1), x(2)],
                ['integer', u(3), flagList('little', 'signed'), u(24), u(1), x(3)],
            )],
            ['test_heap', u(3), u(4)],
            ['put_tuple2', x(0), list(x(2), x(3))],
        ]),
        // n4(<<_:5, X:33/signed, B:2/binary, _/bits>>) -> {X, B}: unaligned fields
        matcher(M, 'n4', 131, [
            ['bs_match', F(131), x(1), commands(
                ['ensure_at_least', u(54), u(1)],
                ['skip', u(5)],
                ['integer', u(2), flagList('signed'), u(33), u(1), x(2)],
                ['binary', u(3), nil, u(2), u(8), x(3)],
            )],
            ['test_heap', u(3), u(4)],
            ['put_tuple2', x(0), list(x(2), x(3))],
        ]),
        // n5(<<_:13, T/bits>>) -> {bit_size(T), <<First:7, _/bits>> = T, First}: a tail of a
        // large (off-heap) binary, matched again from its unaligned start
        matcher(M, 'n5', 141, [
            ['bs_match', F(141), x(1), commands(['ensure_at_least', u(13), u(1)], ['skip', u(13)], ['get_tail', u(1), u(1), x(2)])],
            ['gc_bif1', f(0), u(3), ext('erlang', 'bit_size', 1), x(2), x(3)],
            ['bs_start_match3', F(141), x(2), u(4), x(4)],
            ['bs_match', F(141), x(4), commands(['ensure_at_least', u(7), u(1)], ['integer', u(5), nil, u(7), u(1), x(5)])],
            ['test_heap', u(3), u(6)],
            ['put_tuple2', x(0), list(x(3), x(5))],
        ]),
        // n6(<<"ok">>) -> ok: bs_match_string then ensure_exactly 0 (as OTP 26 emits)
        matcher(M, 'n6', 151, [
            ['bs_match_string', F(151), x(1), u(16), string('ok')],
            ['bs_match', F(151), x(1), commands(['ensure_exactly', u(0)])],
            ['move', a('ok'), x(0)],
        ]),
        // n7(<<X:0, Y:8, _:0>>) -> {X, Y}: zero-sized fields
        matcher(M, 'n7', 161, [
            ['bs_match', F(161), x(1), commands(
                ['ensure_exactly', u(8)],
                ['integer', u(2), nil, u(0), u(1), x(2)],
                ['integer', u(3), nil, u(8), u(1), x(3)],
                ['skip', u(0)],
            )],
            ['test_heap', u(3), u(4)],
            ['put_tuple2', x(0), list(x(2), x(3))],
        ]),
        // n8(<<_:7, 5:3, X:6>>) -> X: '=:=' at an unaligned position
        matcher(M, 'n8', 171, [
            ['bs_match', F(171), x(1), commands(
                ['ensure_exactly', u(16)],
                ['skip', u(7)],
                ['=:=', nil, u(3), u(5)],
                ['integer', u(2), nil, u(6), u(1), x(0)],
            )],
        ]),
        // n9: clauses with backtracking through bs_get_position/bs_set_position:
        //   <<1, X:8>> -> {a, X}; <<X:8, Rest/bits>> -> {b, X, Rest}
        fn(M, 'n9', 1, 181, [
            ['bs_start_match3', f(189), x(0), u(1), x(1)],
            ['bs_get_position', x(1), x(2), u(2)],
            ['bs_match', f(183), x(1), commands(['ensure_exactly', u(16)], ['=:=', nil, u(8), u(1)], ['integer', u(3), nil, u(8), u(1), x(3)])],
            ['test_heap', u(3), u(4)],
            ['put_tuple2', x(0), list(a('a'), x(3))],
            ['return'],
            ['label', u(183)],
            ['bs_set_position', x(1), x(2)],
            ['bs_match', f(189), x(1), commands(['ensure_at_least', u(8), u(1)], ['integer', u(3), nil, u(8), u(1), x(3)], ['get_tail', u(4), u(1), x(4)])],
            ['test_heap', u(4), u(5)],
            ['put_tuple2', x(0), list(a('b'), x(3), x(4))],
            ['return'],
            ['label', u(189)],
            ['move', a('nomatch'), x(0)],
            ['return'],
        ]),
        // n10: the integer goes to a y register; the context is a typed register
        fn(M, 'n10', 1, 191, [
            ['allocate', u(1), u(1)],
            ['bs_start_match3', f(193), x(0), u(1), x(1)],
            ['bs_match', f(193), tr(x(1)), commands(['ensure_at_least', u(16), u(8)], ['integer', u(2), flagList('little'), u(16), u(1), y(0)])],
            ['move', y(0), x(0)],
            ['deallocate', u(1)],
            ['return'],
            ['label', u(193)],
            ['move', a('nomatch'), x(0)],
            ['deallocate', u(1)],
            ['return'],
        ]),
    ];
    const big = Array.from({ length: 100 }, (_, k) => (k * 37 + 11) & 255);
    const cases: [string, Operand][] = [
        ['n1', lit(bin([255, 255, 255, 255, 255, 255, 255, 255]))],
        ['n1', lit(bin([0x80, 0, 0, 0, 0, 0, 0, 0]))],
        ['n1', lit(bin([0x7f, 255, 255, 255, 255, 255, 255, 255]))],
        ['n2', lit(bin([0, 0, 0, 0, 0, 0, 0, 0x80]))],
        ['n2', lit(bin([1, 2, 3, 4, 5, 6, 7, 8]))],
        ['n3', lit(bin([255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0x80]))],
        ['n4', lit(bin([7, 255, 255, 255, 253, 85, 220, 0]))], // <<0:5, -1:33, "Uw", 0:10>>
        ['n4', lit(bin([248, 0, 0, 0, 5, 64, 131, 255]))], // <<31:5, 1:33, "P ", 1023:10>>
        ['n5', lit(bin(big))],
        ['n6', lit(bin('ok'))],
        ['n6', lit(bin('oks'))],
        ['n7', lit(bin([9]))],
        ['n8', lit(bin([0x01, 0x6a]))],
        ['n8', lit(bin([0x01, 0x2a]))],
        ['n9', lit(bin([1, 7]))],
        ['n9', lit(bin([1, 7, 8]))],
        ['n9', lit({ $: 'bits', bytes: new Uint8Array([2, 0xa0]), lastBits: 3 })],
        ['n10', lit(bin([0x34, 0x12]))],
    ];
    const entry: { [k: string]: number } = {};
    for (const q of fns) entry[q.name] = q.entry;
    const body: Instr[] = [['allocate', u(1), u(0)], ['init_yregs', list(y(0))]];
    for (let k = cases.length - 1; k >= 0; k--) {
        const [m, arg] = cases[k];
        body.push(['move', arg, x(0)], ['call', u(1), f(entry[m])], ['test_heap', u(2), u(1)], ['put_list', x(0), y(0), y(0)]);
    }
    body.push(['move', y(0), x(0)], ['deallocate', u(1)], ['return']);
    fns.unshift(fn(M, 'start', 0, 1, body));
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: fns },
        expected:
            '[-1,-9223372036854775808,9223372036854775807,-9223372036854775808,578437695752307201,' +
            '{4722366482869645213695,-8388608},{-1,<<"Uw">>},{1,<<"P ">>},{787,5},ok,nomatch,{0,9},42,nomatch,' +
            '{a,7},{b,1,<<7,8>>},{b,2,<<5:3>>},4660]',
        equivalent:
            'N1 = fun(<<X:64/signed>>) -> X; (_) -> nomatch end, ' +
            'N2 = fun(<<X:64/little-signed>>) -> X; (_) -> nomatch end, ' +
            'N3 = fun(<<X:72, Y:24/little-signed>>) -> {X, Y}; (_) -> nomatch end, ' +
            'N4 = fun(<<_:5, X:33/signed, B:2/binary, _/bits>>) -> {X, B}; (_) -> nomatch end, ' +
            'N5 = fun(<<_:13, T/bits>>) -> <<First:7, _/bits>> = T, {bit_size(T), First}; (_) -> nomatch end, ' +
            'N6 = fun(<<"ok">>) -> ok; (_) -> nomatch end, ' +
            'N7 = fun(<<X:0, Y:8, _:0>>) -> {X, Y}; (_) -> nomatch end, ' +
            'N8 = fun(<<_:7, 5:3, X:6>>) -> X; (_) -> nomatch end, ' +
            'N9 = fun(<<1, X:8>>) -> {a, X}; (<<X:8, Rest/bits>>) -> {b, X, Rest}; (_) -> nomatch end, ' +
            'N10 = fun(<<X:16/little, _/binary>>) -> X; (_) -> nomatch end, ' +
            'Big = list_to_binary([(K * 37 + 11) band 255 || K <- lists:seq(0, 99)]), ' +
            '[N1(<<255,255,255,255,255,255,255,255>>), N1(<<16#80,0,0,0,0,0,0,0>>), N1(<<16#7f,255,255,255,255,255,255,255>>), ' +
            'N2(<<0,0,0,0,0,0,0,16#80>>), N2(<<1,2,3,4,5,6,7,8>>), N3(<<255,255,255,255,255,255,255,255,255,0,0,16#80>>), ' +
            'N4(<<0:5, -1:33, "Uw", 0:10>>), N4(<<31:5, 1:33, "P ", 1023:10>>), N5(Big), N6(<<"ok">>), N6(<<"oks">>), ' +
            'N7(<<9>>), N8(<<1,16#6a>>), N8(<<1,16#2a>>), N9(<<1,7>>), N9(<<1,7,8>>), N9(<<2,5:3>>), N10(<<16#34,16#12>>)]',
        erl: false,
        why: 'bs_match (OTP 26) edge cases: 64-bit and larger integers, unaligned fields, tails of off-heap binaries, zero sizes, backtracking',
    };
}

// ------------------------------------------------------------------------------ executable_line, debug_line

function vExecutableLine(): Vector {
    const M = 'v_executable_line';
    const start = fn(M, 'start', 0, 1, [
        ['executable_line', loc(3), u(1)],
        ['move', i(20), x(0)],
        ['executable_line', loc(4), u(2)],
        ['line', loc(4)],
        ['gc_bif2', f(0), u(1), ext('erlang', '+', 2), x(0), i(22), x(0)],
        ['executable_line', loc(5), u(3)],
        ['line', loc(5)],
        ['call_only', u(1), f(12)],
    ], 2);
    const g = fn(M, 'g', 1, 11, [
        ['executable_line', loc(8), u(4)],
        ['test_heap', u(3), u(1)],
        ['put_tuple2', x(0), list(a('ok'), x(0))],
        ['return'],
    ], 7);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start, g] },
        expected: '{ok,42}',
        equivalent: '{ok, 20 + 22}',
        erl: false,
        why: 'executable_line is OTP 27 and only marks a line (for coverage/debugging): start/0 computes 20 + 22 and tail-calls g/1',
    };
}

function vDebugLine(): Vector {
    const M = 'v_debug_line';
    const start = fn(M, 'start', 0, 1, [
        ['debug_line', loc(3), u(1), u(0), u(0)],
        ['allocate', u(1), u(0)],
        ['move', i(6), y(0)],
        ['debug_line', loc(4), u(2), u(1), u(0)],
        ['move', i(7), x(0)],
        ['line', loc(4)],
        ['call', u(1), f(12)],
        ['debug_line', loc(5), u(3), u(2), u(0)],
        ['line', loc(5)],
        ['gc_bif2', f(0), u(1), ext('erlang', '*', 2), x(0), y(0), x(0)],
        ['deallocate', u(1)],
        ['return'],
    ], 2);
    const g = fn(M, 'g', 1, 11, [['debug_line', loc(9), u(4), u(1), u(1)], ['return']], 8);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start, g] },
        expected: '42',
        equivalent: '6 * 7',
        erl: false,
        why: 'debug_line is OTP 28 (beam_debug_info) and has no effect on execution: 6 * g(7) with g the identity',
    };
}

// ------------------------------------------------------------------------------ bif3 (OTP 29)

function vBif3(): Vector {
    const M = 'v_bif3';
    const start = fn(M, 'start', 0, 1, [
        ['move', lit(tuple(atom('r'), 1, 2)), x(0)],
        ['bif3', f(0), ext('erlang', 'is_record', 3), x(0), a('r'), i(3), x(1)],
        ['bif3', f(0), ext('erlang', 'is_record', 3), x(0), a('r'), i(4), x(2)],
        // with a fail label: the guard BIF raises (the size is not an integer), so it jumps
        ['bif3', f(3), ext('erlang', 'is_record', 3), x(0), a('r'), a('x'), x(3)],
        ['move', a('no_jump'), x(3)],
        ['jump', f(4)],
        ['label', u(3)],
        ['move', a('jumped'), x(3)],
        ['label', u(4)],
        ['test_heap', u(4), u(4)],
        ['put_tuple2', x(0), list(x(1), x(2), x(3))],
        ['return'],
    ]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start] },
        expected: '{true,false,jumped}',
        equivalent:
            'T = {r,1,2}, {erlang:is_record(T, r, 3), erlang:is_record(T, r, 4), ' +
            'try erlang:is_record(T, r, binary_to_atom(<<"x">>)) of _ -> no_jump catch error:badarg -> jumped end}',
        erl: false,
        why: 'bif3 is OTP 29: a guard BIF of three arguments, like bif2; is_record({r,1,2}, r, 3) is true, size 4 false, a non-integer size fails',
    };
}

// ------------------------------------------------------------------------------ OTP 24/25 forms: make_fun3, call_fun2, init_yregs

function vMakeFun3(): Vector {
    const M = 'v_make_fun3';
    // '-start/0-fun-0-'(A, F1, F2) -> {A, F1, F2}: one argument, two free variables
    const lam = fn(M, '-start/0-fun-0-', 3, 11, [['test_heap', u(4), u(3)], ['put_tuple2', x(0), list(x(0), x(1), x(2))], ['return']]);
    const start = fn(M, 'start', 0, 1, [
        ['allocate', u(1), u(0)],
        ['move', i(10), x(0)],
        ['move', a('k'), x(1)],
        ['test_heap', alloc(0, 0, 1), u(2)],
        // typed registers in the environment, a y register as the destination
        ['make_fun3', lambda(12, 2), y(0), list(tr(x(0)), tr(x(1)))],
        ['move', i(5), x(0)],
        ['move', y(0), x(1)],
        ['call_fun2', a('safe'), u(1), tr(x(1))],
        ['deallocate', u(1)],
        ['return'],
    ]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start, lam] },
        expected: '{5,10,k}',
        erl: true,
        why: 'make_fun3 (OTP 24) with typed environment registers (OTP 25+ compilers) and a y destination',
    };
}

function vCallFun2(): Vector {
    const M = 'v_call_fun2';
    const lam = fn(M, '-start/0-fun-0-', 2, 41, [['gc_bif2', f(0), u(2), ext('erlang', '+', 2), x(0), x(1), x(0)], ['return']]);
    // '-start/0-fun-1-'(A, F1, ..., F17) -> [A, F1, ..., F17]: 17 free variables
    const wide: Instr[] = [['test_heap', u(36), u(18)], ['move', nil, x(18)]];
    for (let k = 17; k >= 0; k--) wide.push(['put_list', x(k), x(18), x(18)]);
    wide.push(['move', x(18), x(0)], ['return']);
    const lamWide = fn(M, '-start/0-fun-1-', 18, 51, wide);
    // try Body of C:R -> {C, element(1, R)} end: Body calls x1 (a fun or not) with 1 argument
    // through call_fun2 with the given tag
    const guarded = (name: string, first: number, tag: ReturnType<typeof a>): FunctionSpec =>
        fn(M, name, 2, first, [
            ['allocate', u(1), u(2)],
            ['try', y(0), f(first + 3)],
            ['call_fun2', tag, u(1), x(1)],
            ['try_end', y(0)],
            ['deallocate', u(1)],
            ['return'],
            ['label', u(first + 3)],
            ['try_case', y(0)],
            ['get_tuple_element', x(1), u(0), x(1)],
            ['test_heap', u(3), u(2)],
            ['put_tuple2', x(0), list(x(0), x(1))],
            ['deallocate', u(1)],
            ['return'],
        ]);
    const start = fn(M, 'start', 0, 1, [
        ['allocate', u(2), u(0)],
        ['init_yregs', list(y(0), y(1))],
        ['move', i(100), x(0)],
        ['test_heap', alloc(0, 0, 1), u(1)],
        ['make_fun3', lambda(42, 1), y(0), list(x(0))],
        // safe: known to be a fun of the right arity
        ['move', i(1), x(0)],
        ['move', y(0), x(1)],
        ['call_fun2', a('safe'), u(1), tr(x(1))],
        ['test_heap', u(2), u(1)],
        ['put_list', x(0), nil, y(1)],
        // the fun's FunT index as the tag (the target is known)
        ['move', i(2), x(0)],
        ['move', y(0), x(1)],
        ['call_fun2', lambda(42, 1), u(1), tr(x(1))],
        ['test_heap', u(2), u(1)],
        ['put_list', x(0), y(1), y(1)],
        // unsafe, a fun: 3 + 100
        ['move', i(3), x(0)],
        ['move', y(0), x(1)],
        ['call', u(2), f(12)],
        ['test_heap', u(2), u(1)],
        ['put_list', x(0), y(1), y(1)],
        // unsafe, not a fun: badfun
        ['move', i(4), x(0)],
        ['move', a('nofun'), x(1)],
        ['call', u(2), f(12)],
        ['test_heap', u(2), u(1)],
        ['put_list', x(0), y(1), y(1)],
        // unsafe, wrong arity: badarity
        ['move', i(5), x(0)],
        ['move', lit({ $: 'export', m: 'erlang', f: 'abs', a: 2 }), x(1)],
        ['call', u(2), f(12)],
        ['test_heap', u(2), u(1)],
        ['put_list', x(0), y(1), y(1)],
        // unsafe, an external fun of a BIF
        ['move', i(-6), x(0)],
        ['move', lit({ $: 'export', m: 'erlang', f: 'abs', a: 1 }), x(1)],
        ['call', u(2), f(12)],
        ['test_heap', u(2), u(1)],
        ['put_list', x(0), y(1), y(1)],
        // a fun with 17 free variables (a list operand longer than 15), called safe
        ...Array.from({ length: 17 }, (_, k) => ['move', i(k + 1), x(k)] as Instr),
        ['test_heap', alloc(0, 0, 1), u(17)],
        ['make_fun3', lambda(52, 17), x(17), list(...Array.from({ length: 17 }, (_, k) => tr(x(k))))],
        ['move', i(0), x(0)],
        ['call_fun2', a('safe'), u(1), x(17)],
        ['test_heap', u(2), u(1)],
        ['put_list', x(0), y(1), y(1)],
        ['move', y(1), x(0)],
        ['deallocate', u(2)],
        ['return'],
    ]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start, guarded('guarded', 11, a('unsafe')), lam, lamWide] },
        expected: '[[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17],6,{error,badarity},{error,badfun},103,102,101]',
        erl: true,
        why: 'call_fun2 (OTP 25) with the safe and unsafe tags and with a FunT index tag; errors as in erlang:apply/2',
    };
}

function vInitYregs(): Vector {
    const M = 'v_init_yregs';
    const start = fn(M, 'start', 0, 1, [
        // leave garbage in the stack slots, then take a new frame over them
        ['allocate', u(3), u(0)],
        ['move', a('garbage'), y(0)],
        ['move', a('garbage'), y(1)],
        ['move', a('garbage'), y(2)],
        ['deallocate', u(3)],
        ['allocate', u(3), u(0)],
        ['init_yregs', list(y(0), y(2))],
        ['move', a('set'), y(1)],
        ['call_ext', u(0), ext('erlang', 'garbage_collect', 0)],
        ['test_heap', u(4), u(0)],
        ['put_tuple2', x(0), list(y(0), y(1), y(2))],
        ['deallocate', u(3)],
        ['return'],
    ]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start] },
        expected: '{[],set,[]}',
        erl: true,
        why: 'init_yregs (OTP 24) sets the listed y registers to []',
    };
}

// ------------------------------------------------------------------------------ bs_create_bin private_append

function vPrivateAppend(): Vector {
    const M = 'v_private_append';
    // acc(0, A) -> A; acc(N, A) -> acc(N - 1, <<A/binary, N:8>>), the append as OTP 26 writes it
    // when the accumulator is known to be unshared: a private_append first segment
    const acc = fn(M, 'acc', 2, 11, [
        ['is_eq_exact', f(14), tr(x(0)), i(0)],
        ['move', x(1), x(0)],
        ['return'],
        ['label', u(14)],
        ['bs_create_bin', f(0), u(0), u(2), u(8), x(1),
            list(a('private_append'), u(1), u(8), nil, x(1), a('all'), a('integer'), u(2), u(1), nil, tr(x(0)), i(8))],
        ['gc_bif2', f(0), u(2), ext('erlang', '-', 2), x(0), i(1), x(0)],
        ['call_only', u(2), f(12)],
    ]);
    const start = fn(M, 'start', 0, 1, [
        ['allocate', u(2), u(0)],
        // from a literal (read-only) binary: it must be copied, the literal stays as it is
        ['move', i(20), x(0)],
        ['move', lit(bin('ab')), x(1)],
        ['call', u(2), f(12)],
        ['move', x(0), y(0)],
        // from an empty literal, many appends (the binary grows off the heap)
        ['move', i(1000), x(0)],
        ['move', lit(bin([])), x(1)],
        ['call', u(2), f(12)],
        ['move', x(0), y(1)],
        ['gc_bif1', f(0), u(1), ext('erlang', 'byte_size', 1), x(0), x(1)],
        ['move', x(1), x(2)],
        ['move', y(1), x(0)],
        ['move', x(2), y(1)],
        ['call_ext', u(1), ext('erlang', 'crc32', 1)],
        ['test_heap', u(5), u(1)],
        ['put_tuple2', x(0), list(y(0), y(1), x(0), lit(bin('ab')))],
        ['deallocate', u(2)],
        ['return'],
    ]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start, acc] },
        expected: '{<<97,98,20,19,18,17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1>>,1000,296601606,<<"ab">>}',
        equivalent:
            'Acc = fun F(0, A) -> A; F(N, A) -> F(N - 1, <<A/binary, N:8>>) end, B = Acc(1000, <<>>), ' +
            '{Acc(20, <<"ab">>), byte_size(B), erlang:crc32(B), <<"ab">>}',
        erl: false,
        erlUnsafe: "OTP 25's loader does not know private_append segments and crashes the emulator (SIGSEGV)",
        why: 'bs_create_bin with a private_append segment (OTP 26): appends in place when it can, copies a literal',
    };
}

// ------------------------------------------------------------------------------ all of them in a loop

function vLoopGc(): Vector {
    const M = 'v_loop_gc';
    const N = 100000;
    // loop(0, R) -> R;
    // loop(N, R) -> R1 = R#r{a = N, b = R#r.b + N}, F = fun(X) -> X + N end, V = F(1),
    //               <<A:16, _/binary>> = <<N:16, V:32>>, loop(N - 1, R1#r{c = A + R1#r.c}).
    const loop = fn(M, 'loop', 2, 31, [
        ['is_eq_exact', f(34), tr(x(0)), i(0)],
        ['move', x(1), x(0)],
        ['return'],
        ['label', u(34)],
        ['allocate', u(2), u(2)],
        ['move', x(0), y(0)],
        ['get_tuple_element', x(1), u(2), x(2)],
        ['gc_bif2', f(0), u(3), ext('erlang', '+', 2), x(2), x(0), x(2)],
        ['test_heap', u(5), u(3)],
        ['update_record', a('reuse'), u(4), x(1), x(1), list(u(2), x(0), u(3), x(2))],
        ['move', x(1), y(1)],
        ['test_heap', alloc(0, 0, 1), u(1)],
        ['make_fun3', lambda(52, 1), x(1), list(tr(x(0)))],
        ['move', i(1), x(0)],
        ['call_fun2', a('safe'), u(1), tr(x(1))],
        ['bs_create_bin', f(0), u(0), u(1), u(1), x(1),
            list(a('integer'), u(1), u(1), nil, y(0), i(16), a('integer'), u(2), u(1), nil, x(0), i(32))],
        ['bs_start_match4', a('no_fail'), u(2), x(1), x(2)],
        ['bs_match', f(39), x(2), commands(['ensure_at_least', u(16), u(8)], ['integer', u(3), nil, u(16), u(1), x(3)])],
        ['move', y(1), x(1)],
        ['get_tuple_element', x(1), u(3), x(4)],
        ['gc_bif2', f(0), u(5), ext('erlang', '+', 2), x(3), x(4), x(4)],
        ['test_heap', u(5), u(5)],
        ['update_record', a('copy'), u(4), x(1), x(1), list(u(4), x(4))],
        ['move', y(0), x(0)],
        ['gc_bif2', f(0), u(2), ext('erlang', '-', 2), x(0), i(1), x(0)],
        ['call_last', u(2), f(32), u(2)],
        ['label', u(39)],
        ['badmatch', x(2)],
    ]);
    const lam = fn(M, '-loop/2-fun-0-', 2, 51, [['gc_bif2', f(0), u(2), ext('erlang', '+', 2), x(0), x(1), x(0)], ['return']]);
    const start = fn(M, 'start', 0, 1, [['move', i(N), x(0)], ['move', lit(tuple(atom('r'), 0, 0, 0)), x(1)], ['call_only', u(2), f(32)]]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start, loop, lam] },
        expected: '{r,1,5000050000,2741351760}',
        equivalent:
            'L = fun Loop(0, R) -> R; Loop(N, R) -> R1 = setelement(3, setelement(2, R, N), element(3, R) + N), ' +
            'F = fun(X) -> X + N end, V = F(1), <<A:16, _/binary>> = <<N:16, V:32>>, ' +
            `Loop(N - 1, setelement(4, R1, A + element(4, R1))) end, L(${N}, {r,0,0,0})`,
        erl: false,
        why: 'update_record, make_fun3, call_fun2 and bs_match 100000 times with garbage collections in between',
    };
}

// ------------------------------------------------------------------------------ malformed

function vUnknownOpcode(): Vector {
    const M = 'v_unknown_opcode';
    const start = fn(M, 'start', 0, 1, [{ op: 200, args: [] }, ['move', a('ok'), x(0)], ['return']]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start] },
        loadError: /v_unknown_opcode\.beam.*unknown opcode 200/,
        erl: false,
        why: 'opcode 200 does not exist (OTP 25 refuses the module too)',
    };
}

function vTruncated(): Vector {
    const M = 'v_truncated';
    const start = fn(M, 'start', 0, 1, [['move', i(0x123456), x(0)], ['return']]);
    const spec: ModuleSpec = { name: M, exports: [['start', 0]], functions: [start] };
    // cut the code in the middle of the integer operand of the move (opcode, tag byte, 1 of 3 bytes)
    const moveAt = assemble(spec).offsets[3]; // label, func_info, label, move
    spec.truncateCodeTo = moveAt + 3;
    return {
        name: M,
        spec,
        loadError: /v_truncated\.beam.*truncated/,
        erl: false,
        why: 'the Code chunk ends inside an operand',
    };
}


function vTruncatedBsMatch(): Vector {
    const M = 'v_truncated_bs_match';
    const start = fn(M, 'start', 0, 1, [
        ['bs_start_match3', f(3), x(0), u(1), x(1)],
        ['bs_match', f(3), tr(x(1)), commands(['ensure_at_least', u(3000), u(8)], ['integer', u(2), nil, u(8), u(1), x(2)])],
        ['return'],
        ['label', u(3)],
        ['return'],
    ]);
    const spec: ModuleSpec = { name: M, exports: [['start', 0]], functions: [start] };
    // cut inside the command list (after the 2-byte u(3000) of ensure_at_least)
    const at = assemble(spec).offsets[4]; // label, func_info, label, bs_start_match3, bs_match
    spec.truncateCodeTo = at + 10;
    return {
        name: M,
        spec,
        loadError: /v_truncated_bs_match\.beam.*truncated instruction bs_match/,
        erl: false,
        why: 'the Code chunk ends inside the command list of a bs_match',
    };
}

function vObsoleteOpcode(): Vector {
    const M = 'v_obsolete_opcode';
    const start = fn(M, 'start', 0, 1, [
        ['is_constant', f(3), x(0)],
        ['move', a('constant'), x(0)],
        ['return'],
        ['label', u(3)],
        ['move', a('not_constant'), x(0)],
        ['return'],
    ]);
    return {
        name: M,
        spec: { name: M, exports: [['start', 0]], functions: [start] },
        loadError: /v_obsolete_opcode\.beam.*is_constant|v_obsolete_opcode\.beam.*54/,
        erl: false,
        why: 'is_constant (54) is a numbered opcode no OTP 21+ compiler emits (OTP 25 refuses the module)',
    };
}

/** start() -> Mod:start(): makes `run` load Mod on demand (it is the second file given). */
function caller(name: string, target: Vector, re: RegExp): Vector {
    const start = fn(name, 'start', 0, 1, [['call_ext_only', u(0), ext(target.name, 'start', 0)]]);
    return {
        name,
        spec: { name, exports: [['start', 0]], functions: [start] },
        runWith: [target.name],
        loadError: re,
        erl: false,
        why: 'a malformed module loaded on first call must be reported as cleanly as one given first',
    };
}

export function allVectors(): Vector[] {
    const unknown = vUnknownOpcode();
    const truncated = vTruncated();
    return [
        vUpdateRecord(), vBsMatch(), vBsMatchEdges(), vExecutableLine(), vDebugLine(), vBif3(), vMakeFun3(), vCallFun2(),
        vInitYregs(), vPrivateAppend(), vLoopGc(), unknown, truncated, vTruncatedBsMatch(), vObsoleteOpcode(),
        caller('v_calls_unknown_opcode', unknown, /v_unknown_opcode\.beam.*unknown opcode 200/),
        caller('v_calls_truncated', truncated, /v_truncated\.beam.*truncated/),
    ];
}
