// Loading a parsed BEAM file into the VM: atoms to global atoms, literals into permanent memory,
// instructions into the global code space with labels resolved to offsets, imports, exports,
// funs, catch labels, function starts and line entries into the global tables (code.ts).
import { BeamFile, parseBeam } from './loader/beam';
import { readCode, Operand, OT } from './loader/code_reader';
import { opcodeArity, opcodeName } from './loader/opcodes';
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
  call_ext_only = 78, bs_put_string = 92, make_fun2 = 103, try_ = 104, gc_bif1 = 124, gc_bif2 = 125,
  bs_match_string = 132, gc_bif3 = 152, line = 153, make_fun3 = 171, executable_line = 183, debug_line = 184, bif3 = 185,
}

/**
 * Instructions no OTP 21+ compiler emits and the interpreter does not run (pre-R12 bit syntax,
 * is_constant, put_string, make_fun, ...): refused at load, as OTP refuses them.
 */
const UNSUPPORTED: { [op: number]: number } = {
  54: 1, 68: 1, 76: 1, 79: 1, 80: 1, 81: 1, 82: 1, 83: 1, 84: 1, 85: 1, 86: 1, 87: 1, 88: 1, 93: 1, 110: 1, 126: 1,
  127: 1, 128: 1,
};

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

/** Words an instruction's operands take in the code space (a list: its length, then its items). */
function operandWords(args: Operand[]): number {
  let n = 0;
  for (let i = 0; i < args.length; i++) {
    const l = args[i].list;
    n += args[i].t === OT.LIST && l ? 1 + operandWords(l) : 1;
  }
  return n;
}

/**
 * Code offset of each label if the module's code starts at `at`: every instruction takes one word
 * plus its operands' (loadBeamUnsafe keeps to that; it checks each label against this layout),
 * except the ones it drops.
 */
function layout(beam: BeamFile, at: number): Int32Array {
  const labels = new Int32Array(beam.labelCount);
  readCode(beam, function (op: number, args: Operand[]): void {
    if (op === Op.label) labels[args[0].v] = at;
    else if (op !== Op.line && op !== Op.executable_line && op !== Op.debug_line && op !== Op.int_code_end) at += 1 + operandWords(args);
  });
  return labels;
}

/** Loads a BEAM file's bytes as a module. Throws Error("<file>: ...") on bad input. */
export function loadModule(bytes: Uint8Array, fileName: string): code.VmModule {
  const beam = parseBeam(bytes, fileName);
  return loadBeam(beam);
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
  if (code.moduleFind(utf8Encode(beam.module))) throw new Error(what + ': module already loaded');
  const atoms: number[] = [0];
  // atom names are stored as UTF-8 byte strings
  for (let i = 1; i < beam.atoms.length; i++) atoms.push(atomIntern(utf8Encode(beam.atoms[i])));
  const modAtom = atoms[1];
  const blocks: number[] = [];
  // literals
  const lits: number[] = [];
  for (let i = 0; i < beam.literals.length; i++) {
    const lb = beam.literals[i];
    lits.push(etfDecodeLiteral(lb, 0, lb.length, what + ': literal ' + i));
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
  const imports: number[] = [];
  for (let i = 0; i < beam.imports.length; i++) {
    const im = beam.imports[i];
    const m = atoms[im.module];
    const f = atoms[im.fn];
    imports.push(code.importAdd(m, f, im.arity, nativeFind(m, f, im.arity)));
  }
  const mod: code.VmModule = {
    name: utf8Encode(beam.module), atom: modAtom, codeStart: code.codeTop, codeEnd: 0, file: '', strings: strAddr,
    md5: [], index: 0, exports: [], literalBlocks: blocks,
  };
  const modIndex = code.modules.length;
  // funs
  const funBase = code.funCount;
  for (let i = 0; i < beam.funs.length; i++) {
    const f = beam.funs[i];
    // the label is patched to an offset below
    code.funAdd(f.label, f.arity - f.numFree, f.numFree, modIndex, f.index, f.oldUniq, atoms[f.fn]);
  }
  // label -> code offset (0: not defined), known before any word is emitted: a first pass lays the
  // code out, so every word is written once, in order (a code store in flash cannot patch)
  const labels = layout(beam, code.codeTop);
  function resolve(l: number): number {
    const off = l > 0 && l < labels.length ? labels[l] : 0;
    if (off === 0) throw new Error(what + ': label ' + l + ' is not defined');
    return off;
  }
  const lineItems = beam.lines;
  let fileName = '';
  if (lineItems && lineItems.files.length > 0) fileName = lineItems.files[0];
  mod.file = fileName;

  function enc(o: Operand): void {
    switch (o.t) {
      case OT.X:
        code.codeEmit(o.v << 3);
        return;
      case OT.Y:
        code.codeEmit((o.v << 3) | 4);
        return;
      case OT.A:
        code.codeEmit(o.v === 0 ? NIL : mkAtom(atoms[o.v]));
        return;
      case OT.I:
        if (o.big) code.codeEmit(bigLiteral(o.big, what, blocks));
        else code.codeEmit(numberLiteral(o.v, what, blocks));
        return;
      case OT.LIT:
        if (o.v >= lits.length) throw new Error(what + ': literal index ' + o.v + ' out of range');
        code.codeEmit(lits[o.v]);
        return;
      case OT.F:
        code.codeEmit(o.v === 0 ? 0 : resolve(o.v));
        return;
      case OT.LIST: {
        const l = o.list as Operand[];
        code.codeEmit(l.length);
        for (let i = 0; i < l.length; i++) enc(l[i]);
        return;
      }
      case OT.ALLOC: {
        const al = o.alloc as { words: number; floats: number; funs: number };
        code.codeEmit(al.words + al.floats * 3 + al.funs * 3);
        return;
      }
      case OT.FLOAT:
        code.codeEmit(floatLiteral(o.f as number, what, blocks));
        return;
      default: // U, H, FR: raw numbers
        code.codeEmit(o.v);
        return;
    }
  }

  let curFn = '';
  readCode(beam, function (op: number, args: Operand[], byteOffset: number): void {
    switch (op) {
      case Op.label:
        if (!(args[0].v > 0 && args[0].v < labels.length)) throw new Error(what + ': ' + curFn + ': label ' + args[0].v + ' out of range 1..' + (labels.length - 1));
        if (labels[args[0].v] !== code.codeTop) throw new Error(what + ': ' + curFn + ': label ' + args[0].v + ' laid out at ' + labels[args[0].v] + ', emitted at ' + code.codeTop);
        return;
      case Op.line: {
        const li = args[0].v;
        if (lineItems && li > 0 && li < lineItems.items.length) {
          const fi = lineItems.itemFiles[li];
          code.lnAdd(code.codeTop, lineItems.items[li], fi >= 0 && fi < lineItems.files.length ? lineItems.files[fi] : fileName);
        }
        return;
      }
      case Op.executable_line:
      case Op.debug_line:
        return;
      case Op.int_code_end:
        return;
      case 96: // fmove: float register operands get their own opcodes
        if (args[0].t === OT.FR) {
          code.codeEmit(241);
          code.codeEmit(args[0].v);
          enc(args[1]);
        } else {
          code.codeEmit(96);
          enc(args[0]);
          code.codeEmit(args[1].v);
        }
        return;
      case Op.func_info:
        code.fnAdd(code.codeTop, modIndex, atoms[args[1].v], args[2].v);
        curFn = beam.atoms[args[1].v] + '/' + args[2].v;
        code.codeEmit(op);
        enc(args[0]);
        enc(args[1]);
        code.codeEmit(args[2].v);
        return;
      case Op.call_ext:
      case Op.call_ext_last:
      case Op.call_ext_only:
      case Op.bif0:
      case Op.bif1:
      case Op.bif2:
      case Op.gc_bif1:
      case Op.gc_bif2:
      case Op.gc_bif3:
      case Op.bif3: {
        // the import operand becomes a global import index
        code.codeEmit(op);
        const importPos = op === Op.bif0 ? 0 : op === Op.bif1 || op === Op.bif2 || op === Op.bif3 ? 1 : op === Op.call_ext || op === Op.call_ext_last || op === Op.call_ext_only ? 1 : 2;
        for (let i = 0; i < args.length; i++) {
          if (i === importPos) {
            const k = args[i].v;
            if (k >= imports.length) throw new Error(what + ': ' + curFn + ': import index ' + k + ' out of range');
            code.codeEmit(imports[k]);
          } else enc(args[i]);
        }
        return;
      }
      case Op.make_fun2:
        code.codeEmit(op);
        if (args[0].v >= beam.funs.length) throw new Error(what + ': ' + curFn + ': fun index out of range');
        code.codeEmit(funBase + args[0].v);
        return;
      case Op.make_fun3:
        code.codeEmit(op);
        if (args[0].v >= beam.funs.length) throw new Error(what + ': ' + curFn + ': fun index out of range');
        code.codeEmit(funBase + args[0].v);
        enc(args[1]);
        enc(args[2]);
        return;
      case Op.try_:
      case Op.catch_: {
        code.codeEmit(op);
        enc(args[0]);
        code.codeEmit(code.catchAdd(resolve(args[1].v)));
        return;
      }
      case Op.bs_put_string:
      case Op.bs_match_string:
      case Op.put_string: {
        // the string-table offset operand becomes a byte address
        code.codeEmit(op);
        for (let i = 0; i < args.length; i++) {
          const o = args[i];
          const isOff = (op === Op.bs_put_string && i === 1) || (op === Op.bs_match_string && i === 3) || (op === Op.put_string && i === 1);
          if (isOff) {
            if (o.v > beam.strings.length) throw new Error(what + ': ' + curFn + ': string offset out of range');
            code.codeEmit(strAddr + o.v);
          } else enc(o);
        }
        return;
      }
      case 109: // bs_init2 Fail Size Words Regs Flags Dst
      case 137: // bs_init_bits: a constant Size comes as a raw `u`; make it a term like a register's
        code.codeEmit(op);
        for (let i = 0; i < args.length; i++) {
          if (i === 1 && args[i].t === OT.U) code.codeEmit(numberLiteral(args[i].v, what, blocks));
          else enc(args[i]);
        }
        return;
      default: {
        if (opcodeArity(op) < 0) throw new Error(what + ': ' + curFn + ': unknown opcode ' + op + ' at offset ' + byteOffset);
        if (UNSUPPORTED[op] === 1) throw new Error(what + ': ' + curFn + ': unsupported obsolete instruction ' + opcodeName(op) + ' at offset ' + byteOffset);
        code.codeEmit(op);
        for (let i = 0; i < args.length; i++) enc(args[i]);
      }
    }
  });
  mod.codeEnd = code.codeTop;
  for (let i = funBase; i < code.funCount; i++) code.funOff[i] = resolve(code.funOff[i]);
  for (let i = 0; i < beam.exports.length; i++) {
    const e = beam.exports[i];
    mod.exports.push(atoms[e.fn], e.arity, resolve(e.label));
  }
  code.codeFlush();
  // only once nothing can fail any more
  for (let i = 0; i < mod.exports.length; i += 3) code.exportAdd(modAtom, mod.exports[i], mod.exports[i + 1], mod.exports[i + 2]);
  code.moduleAdd(mod);
  return mod;
}

export function opName(op: number): string {
  return opcodeName(op);
}
