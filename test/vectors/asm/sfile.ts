// Test-only (Node): turns an `erlc -S` listing (converted to JSON by asm_oracle:s2json/1) into a
// ModuleSpec for asm.ts, following how OTP's beam_asm maps the listing's pseudo-instructions to
// generic instructions (bif/gc_bif/test forms, make_fun3 with a fun label, {literal,...} and
// {integer,...} operands, field_flags, strings, imports). Used to check the assembler against
// erl: a module assembled from the listing must behave like the one erlc wrote.

import {
    ModuleSpec, FunctionSpec, Instr, Operand, u, i, a, nil, x, y, f, lit, tr, list, fr, ext, lambda, loc, commands,
} from './asm';
import { Term, atom, tuple, improper, float, bits, map, exportFun } from './etf';

type J = number | string | J[] | { [k: string]: J };

/** Decodes asm_oracle's JSON encoding of a term. */
export function jsonToTerm(j: J): Term {
    if (typeof j === 'number') return j;
    if (Array.isArray(j)) return j.map(jsonToTerm);
    if (typeof j === 'string') throw new Error('sfile: unexpected string');
    if ('big' in j) return BigInt(j.big as string);
    if ('float' in j) return float(Number(j.float as string));
    if ('atom' in j) return atom(String.fromCodePoint(...(j.atom as number[])));
    if ('bin' in j) return new Uint8Array(j.bin as number[]);
    if ('bits' in j) return bits(j.bits as number[], j.last as number);
    if ('tuple' in j) return tuple(...(j.tuple as J[]).map(jsonToTerm));
    if ('map' in j) return map((j.map as J[][]).map(([k, v]) => [jsonToTerm(k), jsonToTerm(v)] as [Term, Term]));
    if ('export' in j) {
        const [m, fn, ar] = (j.export as J[]).map(jsonToTerm) as [{ name: string }, { name: string }, number];
        return exportFun(m.name, fn.name, ar);
    }
    if ('improper' in j) return improper((j.improper as J[]).map(jsonToTerm), jsonToTerm(j.tail));
    throw new Error('sfile: unknown JSON term ' + JSON.stringify(j));
}

function isAtom(t: Term, name?: string): t is { $: 'atom'; name: string } {
    return typeof t === 'object' && !Array.isArray(t) && !(t instanceof Uint8Array) && t.$ === 'atom' && (name === undefined || t.name === name);
}
function isTuple(t: Term): t is { $: 'tuple'; items: Term[] } {
    return typeof t === 'object' && !Array.isArray(t) && !(t instanceof Uint8Array) && t.$ === 'tuple';
}
function tagOf(t: Term): string | null {
    return isTuple(t) && t.items.length > 0 && isAtom(t.items[0]) ? t.items[0].name : null;
}
function atomName(t: Term): string {
    if (!isAtom(t)) throw new Error('sfile: atom expected');
    return t.name;
}
function int(t: Term): number {
    if (typeof t !== 'number') throw new Error('sfile: integer expected');
    return t;
}

const BIG = 1n << 128n;

function integerOperand(n: number | bigint): Operand {
    const b = BigInt(n);
    return b >= BIG || b <= -BIG ? lit(n) : i(n);
}

const FLAG_BITS: { [k: string]: number } = { little: 2, big: 0, signed: 4, unsigned: 0, native: 16 };

function operand(t: Term, labels: Map<number, boolean>): Operand {
    if (typeof t === 'number' || typeof t === 'bigint') return u(t);
    if (isAtom(t, 'nil')) return nil;
    const tag = tagOf(t);
    if (tag === null || !isTuple(t)) throw new Error('sfile: unexpected operand ' + JSON.stringify(t, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
    const it = t.items;
    switch (tag) {
        case 'x':
            return x(int(it[1]));
        case 'y':
            return y(int(it[1]));
        case 'atom':
            return a(atomName(it[1]));
        case 'integer':
            return integerOperand(it[1] as number | bigint);
        case 'f':
            labels.set(int(it[1]), true);
            return f(int(it[1]));
        case 'string':
            return { k: 'str', v: it[1] as Uint8Array };
        case 'extfunc':
            return ext(atomName(it[1]), atomName(it[2]), int(it[3]));
        case 'list':
            return list(...(it[1] as Term[]).map((e) => operand(e, labels)));
        case 'commands':
            return commands(
                ...(it[1] as Term[]).map((c) => {
                    if (!isTuple(c)) throw new Error('sfile: bad command');
                    return [atomName(c.items[0]), ...c.items.slice(1).map((e) => operand(e, labels))] as [string, ...Operand[]];
                }),
            );
        case 'float':
            return lit(float(typeof it[1] === 'number' ? it[1] : (it[1] as { v: number }).v));
        case 'fr':
            return fr(int(it[1]));
        case 'field_flags': {
            let v = 0;
            for (const fl of it[1] as Term[]) if (isAtom(fl)) v |= FLAG_BITS[fl.name] ?? 0;
            return u(v);
        }
        case 'alloc': {
            const kinds: { [k: string]: number } = { words: 0, floats: 1, funs: 2 };
            return { k: 'alloc', entries: (it[1] as Term[]).map((e) => [kinds[atomName((e as { items: Term[] }).items[0])], int((e as { items: Term[] }).items[1])] as [number, number]) };
        }
        case 'literal': {
            const v = it[1];
            if (Array.isArray(v) && v.length === 0) return nil;
            if (isAtom(v)) return a(v.name);
            if (typeof v === 'number' || typeof v === 'bigint') return integerOperand(v);
            return lit(v);
        }
        case 'tr': {
            const r = operand(it[1], labels) as { k: 'x' | 'y'; v: number };
            return tr(r, 0); // every type becomes `any` (entry 0): always a safe claim
        }
    }
    throw new Error('sfile: unknown operand tag ' + tag);
}

const FLOAT_OPS: { [k: string]: boolean } = { fnegate: true, fadd: true, fsub: true, fmul: true, fdiv: true };

function instruction(t: Term, labels: Map<number, boolean>): Instr | null {
    if (isAtom(t)) return [t.name];
    if (!isTuple(t)) throw new Error('sfile: bad instruction');
    const name = atomName(t.items[0]);
    const args = t.items.slice(1);
    const op = (e: Term): Operand => operand(e, labels);
    switch (name) {
        case '%':
            return null;
        case 'line': {
            const l = args[0] as Term[];
            return ['line', locOf(l)];
        }
        case 'executable_line':
            return ['executable_line', locOf(args[0] as Term[]), op(args[1])];
        case 'bif': {
            const [bif, fail, bargs, dst] = args as [Term, Term, Term[], Term];
            const b = atomName(bif);
            if (bargs.length === 0) return ['bif0', ext('erlang', b, 0), op(dst)];
            if (b === 'raise' && bargs.length === 2) return ['raise', op(bargs[0]), op(bargs[1])];
            if (FLOAT_OPS[b]) return [b, op(fail), ...bargs.map(op), op(dst)];
            return ['bif' + bargs.length, op(fail), ext('erlang', b, bargs.length), ...bargs.map(op), op(dst)] as Instr;
        }
        case 'gc_bif': {
            const [bif, fail, live, bargs, dst] = args as [Term, Term, Term, Term[], Term];
            return ['gc_bif' + bargs.length, op(fail), op(live), ext('erlang', atomName(bif), bargs.length), ...bargs.map(op), op(dst)] as Instr;
        }
        case 'test': {
            const cond = atomName(args[0]);
            if (args.length === 4 && tagOf(args[3]) === 'list') return [cond, op(args[1]), op(args[2]), op(args[3])] as Instr;
            if (args.length === 3) return [cond, op(args[1]), ...(args[2] as Term[]).map(op)] as Instr;
            if (args.length === 5) {
                const [, fail, live, ops, dst] = args as [Term, Term, Term, Term[], Term];
                return [cond, op(fail), op(ops[0]), op(live), ...ops.slice(1).map(op), op(dst)] as Instr;
            }
            throw new Error('sfile: unknown test form');
        }
        case 'make_fun3': {
            if (args.length === 5) {
                const [lbl, , , dst, env] = args;
                const envList = (env as { items: Term[] }).items[1] as Term[];
                return ['make_fun3', lambda(int((lbl as { items: Term[] }).items[1]), envList.length), op(dst), op(env)];
            }
            break;
        }
        case 'call_fun2': {
            // a known local fun: the label becomes its FunT index, the free variable count
            // coming from the fun's type {t_fun, Arity, {Name, TotalArity}, _}
            if (tagOf(args[0]) === 'f') {
                const lbl = int((args[0] as { items: Term[] }).items[1]);
                const ar = int(args[1]);
                const ty = (args[2] as { items: Term[] }).items[2] as { items: Term[] };
                const total = int((ty.items[2] as { items: Term[] }).items[1]);
                return ['call_fun2', lambda(lbl, total - ar), op(args[1]), op(args[2])];
            }
            break;
        }
    }
    return [name, ...args.map(op)] as Instr;
}

function locOf(l: Term[]): Operand {
    for (const e of l) {
        if (tagOf(e) === 'location') {
            const it = (e as { items: Term[] }).items;
            return loc(int(it[2]), String.fromCodePoint(...(it[1] as number[])));
        }
    }
    return loc(0);
}

/** Builds a ModuleSpec from the terms of an `erlc -S` listing. */
export function moduleFromListing(forms: Term[]): ModuleSpec {
    let name = '';
    let exports: [string, number][] = [];
    const functions: FunctionSpec[] = [];
    let cur: FunctionSpec | null = null;
    const labels = new Map<number, boolean>();
    for (const form of forms) {
        const tag = tagOf(form);
        const it = (form as { items: Term[] }).items;
        if (tag === 'module') name = atomName(it[1]);
        else if (tag === 'exports') exports = (it[1] as Term[]).map((e) => [atomName((e as { items: Term[] }).items[0]), int((e as { items: Term[] }).items[1])]);
        else if (tag === 'attributes' || tag === 'labels') continue;
        else if (tag === 'function') {
            cur = { name: atomName(it[1]), arity: int(it[2]), entry: int(it[3]), code: [] };
            functions.push(cur);
        } else {
            if (cur === null) throw new Error('sfile: instruction outside a function');
            const ins = instruction(form, labels);
            if (ins !== null) cur.code.push(ins);
        }
    }
    // the module's own source: the file named <module>.erl, else the first one seen
    let sourceFile: string | undefined;
    for (const fnc of functions) {
        for (const ins of fnc.code) {
            if (Array.isArray(ins) && ins[0] === 'line' && (ins[1] as { file?: string }).file !== undefined) {
                const file = (ins[1] as { file: string }).file;
                if (sourceFile === undefined || file.replace(/^.*\//, '') === name + '.erl') sourceFile = file;
            }
        }
    }
    return { name, exports, functions, sourceFile };
}
