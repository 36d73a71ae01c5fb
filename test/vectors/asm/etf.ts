// Test-only (Node): a small Erlang term model and an external term format encoder for the
// literal table of hand-assembled BEAM files. Written from the format description (ETF tags,
// version byte 131); the unit test checks its bytes against erlang:term_to_binary/1.

export type Term =
    | number // an integer (must be a safe integer)
    | bigint
    | AtomT
    | TupleT
    | Term[] // a proper list
    | ImproperT
    | Uint8Array // a binary
    | FloatT
    | BitsT
    | MapT
    | ExportT;

export interface AtomT { $: 'atom'; name: string }
export interface TupleT { $: 'tuple'; items: Term[] }
export interface ImproperT { $: 'improper'; items: Term[]; tail: Term }
export interface FloatT { $: 'float'; v: number }
/** A bitstring: `bytes`, of which the last one holds only `lastBits` (1..8) bits (its high bits). */
export interface BitsT { $: 'bits'; bytes: Uint8Array; lastBits: number }
export interface MapT { $: 'map'; pairs: [Term, Term][] }
/** An external fun, fun M:F/A. */
export interface ExportT { $: 'export'; m: string; f: string; a: number }

export function atom(name: string): AtomT {
    return { $: 'atom', name };
}
export function tuple(...items: Term[]): TupleT {
    return { $: 'tuple', items };
}
export function improper(items: Term[], tail: Term): ImproperT {
    return { $: 'improper', items, tail };
}
export function float(v: number): FloatT {
    return { $: 'float', v };
}
export function bin(bytes: number[] | string): Uint8Array {
    return typeof bytes === 'string' ? new Uint8Array(Buffer.from(bytes, 'utf8')) : new Uint8Array(bytes);
}
export function bits(bytes: number[], lastBits: number): BitsT {
    return { $: 'bits', bytes: new Uint8Array(bytes), lastBits };
}
export function map(pairs: [Term, Term][]): MapT {
    return { $: 'map', pairs };
}
export function exportFun(m: string, f: string, a: number): ExportT {
    return { $: 'export', m, f, a };
}
/** A string as Erlang writes it: a list of code points. */
export function str(s: string): number[] {
    const out: number[] = [];
    for (const ch of s) out.push(ch.codePointAt(0) as number);
    return out;
}

function isObj(t: Term, tag: string): boolean {
    return typeof t === 'object' && t !== null && !Array.isArray(t) && !(t instanceof Uint8Array) && (t as { $: string }).$ === tag;
}

/** Erlang's ~w text of a term (for expected values in tests); atoms quoted when needed. */
export function termText(t: Term): string {
    if (typeof t === 'number') return String(t);
    if (typeof t === 'bigint') return t.toString();
    if (Array.isArray(t)) return '[' + t.map(termText).join(',') + ']';
    if (t instanceof Uint8Array) return '<<' + Array.from(t).join(',') + '>>';
    switch (t.$) {
        case 'atom':
            return /^[a-z][A-Za-z0-9_@]*$/.test(t.name) ? t.name : "'" + t.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
        case 'tuple':
            return '{' + t.items.map(termText).join(',') + '}';
        case 'improper':
            return '[' + t.items.map(termText).join(',') + '|' + termText(t.tail) + ']';
        case 'float':
            return String(t.v);
        case 'bits': {
            const n = t.bytes.length;
            const head = Array.from(t.bytes.subarray(0, n - 1)).map(String);
            head.push((t.bytes[n - 1] >> (8 - t.lastBits)) + ':' + t.lastBits);
            return '<<' + head.join(',') + '>>';
        }
        case 'export':
            return 'fun ' + termText(atom(t.m)) + ':' + termText(atom(t.f)) + '/' + t.a;
        case 'map':
            return '#{' + t.pairs.map(([k, v]) => termText(k) + ' => ' + termText(v)).join(',') + '}';
    }
}

function u32(n: number): number[] {
    return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function encodeInt(v: bigint, out: number[]): void {
    if (v >= 0n && v <= 255n) {
        out.push(97, Number(v));
        return;
    }
    if (v >= -(2n ** 31n) && v < 2n ** 31n) {
        out.push(98, ...u32(Number(BigInt.asUintN(32, v))));
        return;
    }
    const neg = v < 0n;
    let m = neg ? -v : v;
    const digits: number[] = [];
    while (m > 0n) {
        digits.push(Number(m & 255n));
        m >>= 8n;
    }
    if (digits.length <= 255) out.push(110, digits.length, neg ? 1 : 0, ...digits);
    else out.push(111, ...u32(digits.length), neg ? 1 : 0, ...digits);
}

function encodeTerm(t: Term, out: number[]): void {
    // explicit work stack: no recursion depth tied to the term
    const stack: Term[] = [t];
    while (stack.length > 0) {
        const x = stack.pop() as Term;
        if (typeof x === 'number') {
            if (!Number.isSafeInteger(x)) throw new Error('etf: not a safe integer: ' + x + ' (use float() or a bigint)');
            encodeInt(BigInt(x), out);
        } else if (typeof x === 'bigint') {
            encodeInt(x, out);
        } else if (Array.isArray(x)) {
            if (x.length === 0) out.push(106);
            else {
                out.push(108, ...u32(x.length));
                stack.push([]);
                for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
            }
        } else if (x instanceof Uint8Array) {
            out.push(109, ...u32(x.length));
            for (const b of x) out.push(b);
        } else if (isObj(x, 'atom')) {
            const b = Buffer.from((x as AtomT).name, 'utf8');
            if (b.length <= 255) out.push(119, b.length);
            else out.push(118, (b.length >> 8) & 255, b.length & 255);
            for (const c of b) out.push(c);
        } else if (isObj(x, 'tuple')) {
            const items = (x as TupleT).items;
            if (items.length <= 255) out.push(104, items.length);
            else out.push(105, ...u32(items.length));
            for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
        } else if (isObj(x, 'improper')) {
            const im = x as ImproperT;
            if (im.items.length === 0) throw new Error('etf: improper list without elements');
            out.push(108, ...u32(im.items.length));
            stack.push(im.tail);
            for (let i = im.items.length - 1; i >= 0; i--) stack.push(im.items[i]);
        } else if (isObj(x, 'float')) {
            const b = Buffer.alloc(8);
            b.writeDoubleBE((x as FloatT).v, 0);
            out.push(70, ...b);
        } else if (isObj(x, 'bits')) {
            const bt = x as BitsT;
            if (bt.lastBits === 8) {
                stack.push(bt.bytes);
                continue;
            }
            if (bt.bytes.length === 0 || bt.lastBits < 1 || bt.lastBits > 8) throw new Error('etf: bad bitstring');
            out.push(77, ...u32(bt.bytes.length), bt.lastBits);
            for (const b of bt.bytes) out.push(b);
        } else if (isObj(x, 'map')) {
            const pairs = (x as MapT).pairs;
            out.push(116, ...u32(pairs.length));
            for (let i = pairs.length - 1; i >= 0; i--) stack.push(pairs[i][1], pairs[i][0]);
        } else if (isObj(x, 'export')) {
            const e = x as ExportT;
            out.push(113);
            stack.push(e.a, atom(e.f), atom(e.m));
        } else {
            throw new Error('etf: cannot encode ' + String(x));
        }
    }
}

/** term_to_binary/1 of t (no compression, no atom cache): version byte 131 and the term. */
export function termToBinary(t: Term): Uint8Array {
    const out: number[] = [131];
    encodeTerm(t, out);
    return new Uint8Array(out);
}
