// Loading a parsed BEAM file into the VM: atoms to global atoms, literals into permanent memory,
// instructions into the global code space with labels resolved to offsets, imports, exports,
// funs, catch labels, function starts and line entries into the global tables (code.ts).
import { BeamFile, parseBeam, IMP, EXP, FUN } from './loader/beam';
import { codeBegin, Decoder, OT } from './loader/code_reader';
import { opcodeName } from './loader/opcodes';
import { atomIntern, utf8Encode } from './atoms';
import { W, U8, memAlloc, floatToWords } from './memory';
import { mkAtom, mkSmall, fitsSmall, NIL, Box } from './term';
import * as code from './code';
import { nativeFind } from './natives';
import { etfDecodeLiteral } from './ext_term';

/** Operands are encoded generically; these opcodes need a custom layout. */
export const enum Op {
  label = 1, func_info = 2, int_code_end = 3, call_ext = 7, call_ext_last = 8, bif0 = 9, bif1 = 10, bif2 = 11,
  select_val = 59, select_tuple_arity = 60, catch_ = 62, put_string = 68, make_fun = 76,
  call_ext_only = 78, bs_put_string = 92, fmove = 96, make_fun2 = 103, try_ = 104, bs_init2 = 109, gc_bif1 = 124, gc_bif2 = 125,
  bs_match_string = 132, bs_init_bits = 137, gc_bif3 = 152, line = 153, make_fun3 = 171, executable_line = 183, debug_line = 184, bif3 = 185,
}

const TWO53 = 9007199254740992;

function litBlock(words: number, what: string): number {
  const a = memAlloc(words);
  if (a === 0) throw new Error(what + ': out of memory loading literals');
  return a;
}

/** A bignum literal from two's complement big-endian bytes. */
function bigLiteral(bytes: Uint8Array, what: string, blocks: number[]): number {
  const n = bytes.length;
  const neg = n > 0 && (bytes[0] & 0x80) !== 0;
  // magnitude as little-endian bytes
  const mag: number[] = [];
  let carry = 1;
  for (let i = n - 1; i >= 0; i--) {
    let b = bytes[i];
    if (neg) {
      b = (~b & 255) + carry;
      carry = b > 255 ? 1 : 0;
      b &= 255;
    }
    mag.push(b);
  }
  while (mag.length > 0 && mag[mag.length - 1] === 0) mag.pop();
  const words = (mag.length + 3) >> 2;
  if (words === 0) return mkSmall(0);
  if (words === 1) {
    const v = mag[0] + (mag[1] || 0) * 256 + (mag[2] || 0) * 65536 + (mag[3] || 0) * 16777216;
    const sv = neg ? -v : v;
    if (fitsSmall(sv)) return mkSmall(sv);
  }
  const a = litBlock(words + 1, what);
  blocks.push(a);
  W[a] = (words << 6) | (neg ? Box.NEG_BIG : Box.POS_BIG);
  for (let i = 0; i < words; i++) {
    const j = i * 4;
    W[a + 1 + i] = (mag[j] || 0) | ((mag[j + 1] || 0) << 8) | ((mag[j + 2] || 0) << 16) | ((mag[j + 3] || 0) << 24);
  }
  return (a << 2) | 2;
}

/** An integer operand value that does not fit a small integer but fits a double. */
function numberLiteral(v: number, what: string, blocks: number[]): number {
  if (fitsSmall(v)) return mkSmall(v);
  const neg = v < 0;
  let m = neg ? -v : v;
  const bytes: number[] = [];
  while (m > 0) {
    bytes.push(m % 256);
    m = Math.floor(m / 256);
  }
  // to two's complement big-endian
  const be = new Uint8Array(bytes.length + 1);
  for (let i = 0; i < bytes.length; i++) be[bytes.length - i] = bytes[i];
  if (neg) {
    let c = 1;
    for (let i = be.length - 1; i >= 0; i--) {
      const b = (~be[i] & 255) + c;
      c = b > 255 ? 1 : 0;
      be[i] = b & 255;
    }
  }
  return bigLiteral(be, what, blocks);
}

function floatLiteral(x: number, what: string, blocks: number[]): number {
  const a = litBlock(3, what);
  blocks.push(a);
  W[a] = (2 << 6) | Box.FLOAT;
  floatToWords(x, a + 1);
  return (a << 2) | 2;
}

// Loading runs two passes over the code with a Decoder (code_reader.ts): layout() finds each
// label's offset, then emit() decodes each instruction and writes its words. Espruino lexes a
// function's whole body at every call and a loop's body at every iteration, so the
// per-instruction path is short: the common instruction is decoded and encoded in one loop,
// operand by operand through ENC (one small function per operand tag); the others go to a
// handler chosen by KIND. The emitter's functions are made by emit(), for one module's load:
// Espruino keeps every top-level function in RAM for good, and finds a top-level name by a
// linear search of the bundle's ~1,000 (an emit() local among a few dozen).

/** The module being emitted. (Short names: Espruino compares up to 4 chars at once.) */
interface Load {
  /** the atom term of each of the module's atoms (index 0: nil) */
  aw: Int32Array;
  /** code offset of each label */
  lab: Int32Array;
  d: Decoder;
  lits: Int32Array;
  /** literal blocks */
  blk: number[];
  /** global import index of each import */
  imp: Int32Array;
  /** global atom index of each atom */
  atom: Int32Array;
  /** global index of the module's first fun */
  fb: number;
  /** byte address of the string table */
  sa: number;
  /** module index */
  mod: number;
  file: string;
  /** "<file>: <module>", for messages */
  what: string;
  beam: BeamFile;
}

/** Code offset of label l (an error when not defined). */
function resolve(x: Load, l: number): number {
  const off = l > 0 && l < x.lab.length ? x.lab[l] : 0;
  if (off === 0) throw new Error(x.what + ': label ' + l + ' is not defined');
  return off;
}

/** What emit() does with each opcode (kinds from K.end on take no words). */
const enum K { plain = 0, funcInfo, other, import0, import1, import2, end, label, line, nothing }
const KIND = (function (): Uint8Array {
  const k = new Uint8Array(256);
  const set = function (kind: number, ops: number[]): void {
    for (let i = 0; i < ops.length; i++) k[ops[i]] = kind;
  };
  // Instructions no OTP 21+ compiler emits and the interpreter does not run (pre-R12 bit syntax,
  // is_constant, make_fun, ...): emitOther refuses them at load, as OTP refuses them.
  set(K.other, [54, 76, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 93, 110, 126, 127, 128]);
  set(K.other, [Op.make_fun2, Op.make_fun3, Op.try_, Op.catch_, Op.bs_put_string, Op.bs_match_string, Op.put_string, Op.bs_init2,
    Op.bs_init_bits, Op.fmove]);
  set(K.end, [Op.int_code_end]);
  set(K.label, [Op.label]);
  set(K.line, [Op.line]);
  set(K.nothing, [Op.executable_line, Op.debug_line]);
  set(K.funcInfo, [Op.func_info]);
  set(K.import0, [Op.bif0]);
  set(K.import1, [Op.call_ext, Op.call_ext_last, Op.call_ext_only, Op.bif1, Op.bif2, Op.bif3]);
  set(K.import2, [Op.gc_bif1, Op.gc_bif2, Op.gc_bif3]);
  return k;
})();

/** The second pass (on code the first checked): every instruction's words, in order. */
function emit(x: Load): void {
  const d = x.d, beam = x.beam;
  // Words go to W first and to the code space in batches (a call there costs several lookups
  // of its module variables): W[0..k-1] are not given yet, t is the code offset of the next word
  // (code.codeTop + k), cap the code space's capacity (Infinity: it grows).
  let W = new Int32Array(256), k = 0, t = code.codeTop, fn = ''; // (fn: the function emitted, for messages)
  const cap = code.codeFixed > 0 ? code.codeFixed : Infinity;

  // Encoders of one operand slot (tag d.T[i], value v): the word it becomes.
  function encRaw(v: number): number {
    return v;
  }
  function encInt(v: number, i: number): number {
    return fitsSmall(v) ? mkSmall(v) : v >= TWO53 || v <= -TWO53 ? bigLiteral(d.X[i], x.what, x.blk) : numberLiteral(v, x.what, x.blk);
  }
  function encAtom(v: number): number {
    return x.aw[v];
  }
  function encX(v: number): number {
    return v << 3;
  }
  function encY(v: number): number {
    return (v << 3) | 4;
  }
  function encLabel(v: number): number {
    return v === 0 ? 0 : x.lab[v] || resolve(x, v);
  }
  function encAlloc(v: number, i: number): number {
    const a = d.X[i];
    return a.words + a.floats * 3 + a.funs * 3;
  }
  function encLiteral(v: number): number {
    return x.lits[v]; // (the decoder checks the index)
  }
  function encFloat(v: number, i: number): number {
    return floatLiteral(d.X[i], x.what, x.blk);
  }
  /** by tag: U I A X Y F H FR LIST ALLOC LIT FLOAT TX TY (U, H, FR: raw numbers; LIST: its length) */
  const ENC: ((v: number, i: number) => number)[] = [encRaw, encInt, encAtom, encX, encY, encLabel, encRaw, encRaw, encRaw, encAlloc,
    encLiteral, encFloat, encX, encY];

  /** Encodes slots a..b-1 into W from W[n] on; returns the next n. */
  function encSlots(n: number, a: number, b: number): number {
    const E = ENC, T = d.T, V = d.V, w = W;
    for (; a < b; a++) w[n++] = E[T[a]](V[a], a);
    return n;
  }
  /** The slot after operand slot s and its list elements. */
  function after(s: number): number {
    return s + 1 + (d.T[s] === OT.LIST ? d.V[s] : 0);
  }
  /** Makes room for m more words at W[k]. */
  function room(m: number): void {
    if (k + m <= W.length) return;
    flush();
    if (m > W.length) W = new Int32Array(m * 2);
  }
  function flush(): void {
    code.codeEmitN(W, k);
    k = 0;
  }
  /** Emits the m words written at W[k..]. */
  function commit(m: number): void {
    if (t + m > cap) /*#__NOINLINE__*/ overflow(m);
    k += m;
    t += m;
  }
  function overflow(m: number): void {
    flush();
    code.codeReserve(m); // throws: the code space is full
  }

  /**
   * A plain instruction whose operands all have 1- or 2-byte forms within their tags' limits
   * (most do), decoded and encoded in one loop (d.next does them into slots, emitPlain from
   * there); false, having emitted nothing, for any other.
   */
  function emitFast(op: number): boolean {
    const c = d.c, L = d.L, E = ENC, n = d.A[op];
    let p = d.p + 1, a = 0, b: number, g: number, v: number;
    if (k + n >= W.length) room(n + 1);
    const w = W, o = k + 1;
    // (the same short forms as the decoder's next())
    for (; a < n; a++) {
      g = (b = c[p++]) & 7;
      v = (b & 8) === 0 ? b >> 4 : (b & 16) === 0 ? ((b >> 5) << 8) | c[p++] : -1;
      if (v < 0 || v > L[g]) return false;
      w[o + a] = E[g](v, a);
    }
    w[k] = op;
    commit(n + 1);
    d.p = p;
    return true;
  }

  /** An instruction emitted as is: the opcode, then each operand slot encoded. */
  function emitPlain(op: number): void {
    room(d.n + 1);
    W[k] = op;
    commit(encSlots(k + 1, 0, d.n) - k);
  }

  function emitLabel(): number {
    const l = d.V[0];
    return l > 0 && l < x.lab.length && x.lab[l] === t ? 0 : /*#__NOINLINE__*/ badLabel(l);
  }
  function badLabel(l: number): number {
    if (!(l > 0 && l < x.lab.length)) throw new Error(x.what + ': ' + fn + ': label ' + l + ' out of range 1..' + (x.lab.length - 1));
    throw new Error(x.what + ': ' + fn + ': label ' + l + ' laid out at ' + x.lab[l] + ', emitted at ' + t);
  }

  function emitLine(): void {
    line(d.V[0]);
  }
  function line(li: number): void {
    const L = beam.lines;
    if (L && li > 0 && li < L.items.length) {
      const fi = L.itemFiles[li];
      /*#__NOINLINE__*/ code.lnAdd(t, L.items[li], fi >= 0 && fi < L.files.length ? L.files[fi] : x.file);
    }
  }

  // label and line without d.next(), when their operand is a u in 1 or 2 bytes (as it is)
  /** The operand of the instruction at d.p when a u in 1 or 2 bytes (d.p then past it), else -1. */
  function shortU(): number {
    const c = d.c, b = c[d.p + 1];
    return (b & 15) === 0 ? ((d.p += 2), b >> 4) : (b & 31) === 8 ? ((d.p += 3), ((b >> 5) << 8) | c[d.p - 1]) : -1;
  }
  function fastLabel(): boolean {
    const l = shortU();
    return l < 0 ? false : (l > 0 && l < x.lab.length && x.lab[l] === t) || /*#__NOINLINE__*/ badLabel(l) === 0;
  }
  function fastLine(): boolean {
    const li = shortU();
    return li < 0 ? false : (line(li), true);
  }
  function no(): boolean {
    return false;
  }

  function emitNothing(): void {}

  function emitFuncInfo(op: number): void {
    // func_info Module Name Arity (no list among them, but for bad code)
    const f = d.n === 3 ? 1 : d.slot(1), a = d.n === 3 ? 2 : d.slot(2);
    /*#__NOINLINE__*/ code.fnAdd(t, x.mod, x.atom[d.V[f]], d.V[a]);
    fn = beam.atoms[d.V[f]] + '/' + d.V[a];
    room(d.n + 1);
    W[k] = op;
    const n = encSlots(k + 1, 0, a);
    W[n] = d.V[a];
    commit(n + 1 - k);
  }

  /** call_ext, bif and gc_bif instructions: the import operand (KIND - K.import0) becomes a global import index. */
  function emitImport(op: number): void {
    const s = d.slot(KIND[op] - K.import0), i = d.V[s];
    room(d.n + 1);
    W[k] = op;
    let n = encSlots(k + 1, 0, s);
    if (i >= x.imp.length) throw new Error(x.what + ': ' + fn + ': import index ' + i + ' out of range');
    W[n++] = x.imp[i];
    commit(encSlots(n, after(s), d.n) - k);
  }

  /** The other instructions that need a custom layout. */
  function emitOther(op: number): void {
    const V = d.V;
    room(d.n + 2);
    let n = k + 1, s = 0;
    W[k] = op;
    switch (op) {
      case Op.make_fun2:
      case Op.make_fun3:
        if (V[0] >= beam.funs.length / FUN) throw new Error(x.what + ': ' + fn + ': fun index out of range');
        W[n++] = x.fb + V[0];
        n = encSlots(n, after(0), d.n);
        break;
      case Op.try_:
      case Op.catch_:
        s = d.slot(1);
        n = encSlots(n, 0, s);
        W[n++] = code.catchAdd(resolve(x, V[s]));
        break;
      case Op.bs_put_string:
      case Op.bs_match_string:
      case Op.put_string:
        // the string-table offset operand becomes a byte address
        s = d.slot(op === Op.bs_match_string ? 3 : 1);
        n = encSlots(n, 0, s);
        if (V[s] > beam.strings.length) throw new Error(x.what + ': ' + fn + ': string offset out of range');
        W[n++] = x.sa + V[s];
        n = encSlots(n, after(s), d.n);
        break;
      case Op.bs_init2: // bs_init2 Fail Size Words Regs Flags Dst
      case Op.bs_init_bits: // a constant Size comes as a raw `u`; make it a term like a register's
        s = d.slot(1);
        n = encSlots(n, 0, s);
        if (d.T[s] === OT.U) {
          W[n++] = numberLiteral(V[s], x.what, x.blk);
          s = after(s);
        }
        n = encSlots(n, s, d.n);
        break;
      case Op.fmove: // float register operands get their own opcodes
        s = d.slot(1);
        if (d.T[0] === OT.FR) {
          W[k] = 241;
          W[n++] = V[0];
          n = encSlots(n, s, d.n);
        } else {
          n = encSlots(n, 0, s);
          W[n++] = V[s];
        }
        break;
      default:
        throw new Error(x.what + ': ' + fn + ': unsupported obsolete instruction ' + opcodeName(op) + ' at offset ' + d.at);
    }
    commit(n - k);
  }

  /** by kind (K): the instruction at d.p emitted without d.next() (false: not done) */
  const fasts: ((op: number) => boolean)[] = [emitFast, no, no, no, no, no, no, fastLabel, fastLine, no];
  /** by kind: the instruction d.next() decoded emitted */
  const handlers: ((op: number) => unknown)[] = [emitPlain, emitFuncInfo, emitOther, emitImport, emitImport, emitImport, emitNothing,
    emitLabel, emitLine, emitNothing];
  const kinds = KIND, c = d.c;
  let op: number, kind: number;
  for (;;) {
    op = c[d.p];
    if (!fasts[kinds[op]](op)) {
      op = d.next();
      kind = kinds[op];
      if (kind === K.end) break;
      handlers[kind](op);
    }
  }
  flush();
}

/** Loads a BEAM file's bytes as a module. Throws Error("<file>: ...") on bad input. */
export function loadModule(bytes: Uint8Array, fileName: string): code.VmModule {
  return loadBeam(parseBeam(bytes, fileName, true));
}

export function loadBeam(beam: BeamFile): code.VmModule {
  // a module that fails to load leaves no trace: every global table is rolled back
  const mark = code.codeMark();
  try {
    return loadBeamUnsafe(beam);
  } catch (e) {
    code.codeRollback(mark);
    throw e;
  }
}

function loadBeamUnsafe(beam: BeamFile): code.VmModule {
  const what = beam.file + ': ' + beam.module;
  // atom names as UTF-8 byte strings (see parseBeam)
  const enc = beam.byteAtoms ? function (s: string): string { return s; } : utf8Encode;
  if (code.moduleFind(enc(beam.module))) throw new Error(what + ': module already loaded');
  // (typed arrays: on Espruino each element of an Array is a RAM block)
  const atoms = new Int32Array(beam.atoms.length);
  const atomW = new Int32Array(atoms.length);
  atomW[0] = NIL;
  for (let i = 1; i < atoms.length; i++) atomW[i] = mkAtom((atoms[i] = atomIntern(enc(beam.atoms[i]))));
  const modAtom = atoms[1];
  const blocks: number[] = [];
  // literals
  const lits = new Int32Array(beam.literals.length);
  for (let i = 0; i < lits.length; i++) {
    const lb = beam.literals[i];
    lits[i] = etfDecodeLiteral(lb, 0, lb.length, what + ': literal ' + i);
  }
  // strings table in memory so binary instructions can read it
  let strAddr = 0;
  if (beam.strings.length > 0) {
    const sa = litBlock((beam.strings.length + 3) >> 2, what);
    blocks.push(sa);
    strAddr = sa * 4;
    U8.set(beam.strings, strAddr);
  }
  // imports
  const I = beam.imports, imports = new Int32Array(I.length / IMP);
  for (let i = 0; i < I.length; i += IMP) {
    const m = atoms[I[i]], f = atoms[I[i + 1]];
    imports[i / IMP] = code.importAdd(m, f, I[i + 2], nativeFind(m, f, I[i + 2]));
  }
  const mod: code.VmModule = {
    name: enc(beam.module), atom: modAtom, codeStart: code.codeTop, codeEnd: 0, file: '', strings: strAddr,
    md5: [], index: 0, literalBlocks: blocks,
  };
  const modIndex = code.modules.length;
  // funs
  const funBase = code.funCount, F = beam.funs;
  for (let i = 0; i < F.length; i += FUN) {
    // fn arity label index free uniq; the label is patched to an offset below
    code.funAdd(F[i + 2], F[i + 1] - F[i + 4], F[i + 4], modIndex, F[i + 3], F[i + 5] >>> 0, atoms[F[i]]);
  }
  const lineItems = beam.lines;
  let fileName = '';
  if (lineItems && lineItems.files.length > 0) fileName = lineItems.files[0];
  mod.file = fileName;
  const d = codeBegin(beam);
  const x: Load = {
    aw: atomW, lab: new Int32Array(0), d: d, lits: lits, blk: blocks, imp: imports, atom: atoms, fb: funBase, sa: strAddr,
    mod: modIndex, file: fileName, what: what, beam: beam,
  };
  // label -> code offset (0: not defined), known before any word is emitted: a first pass lays the
  // code out, so every word is written once, in order (a code store in flash cannot patch)
  x.lab = d.layout(code.codeTop, KIND, K.end);
  emit(x);
  mod.codeEnd = code.codeTop;
  for (let i = funBase; i < code.funCount; i++) code.funOff[i] = resolve(x, code.funOff[i]);
  const E = beam.exports, exps = new Int32Array(E.length);
  for (let i = 0; i < E.length; i += EXP) {
    exps[i] = atoms[E[i]];
    exps[i + 1] = E[i + 1];
    exps[i + 2] = resolve(x, E[i + 2]);
  }
  code.codeFlush();
  // only once nothing can fail any more
  for (let i = 0; i < exps.length; i += EXP) code.exportAdd(modAtom, exps[i], exps[i + 1], exps[i + 2]);
  code.moduleAdd(mod);
  return mod;
}

export function opName(op: number): string {
  return opcodeName(op);
}
