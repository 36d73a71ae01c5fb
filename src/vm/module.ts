// Loading a parsed BEAM file into the VM: atoms to global atoms, literals into permanent memory,
// instructions into the global code space with labels resolved to offsets, imports, exports,
// funs, catch labels, function starts and line entries into the global tables (code.ts).
import { BeamFile, parseBeam } from './loader/beam';
import { readCode, Operand, OT } from './loader/code_reader';
import { OPCODES, opcodeName } from './loader/opcodes';
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
  const funBase = code.funOff.length;
  for (let i = 0; i < beam.funs.length; i++) {
    const f = beam.funs[i];
    code.funOff.push(f.label); // patched to an offset below
    code.funArity.push(f.arity - f.numFree);
    code.funFree.push(f.numFree);
    code.funMod.push(modIndex);
    code.funOldIndex.push(f.index);
    code.funUniq.push(f.oldUniq);
    code.funName.push(atoms[f.fn]);
  }
  const labels: number[] = [];
  const patches: number[] = [];
  const catchPatches: number[] = [];
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
        if (o.v !== 0) patches.push(code.codeTop);
        code.codeEmit(o.v);
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
        labels[args[0].v] = code.codeTop;
        return;
      case Op.line: {
        const li = args[0].v;
        if (lineItems && li > 0 && li < lineItems.items.length) {
          code.lnOff.push(code.codeTop);
          code.lnLine.push(lineItems.items[li]);
          const fi = lineItems.itemFiles[li];
          code.lnFile.push(fi >= 0 && fi < lineItems.files.length ? lineItems.files[fi] : fileName);
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
        code.fnOff.push(code.codeTop);
        code.fnMod.push(modIndex);
        code.fnName.push(atoms[args[1].v]);
        code.fnArity.push(args[2].v);
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
        const ci = code.catchOff.length;
        code.catchOff.push(args[1].v);
        catchPatches.push(ci);
        code.codeEmit(ci);
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
        const info = OPCODES[op];
        if (!info || info.arity < 0) throw new Error(what + ': ' + curFn + ': unknown opcode ' + op + ' at offset ' + byteOffset);
        if (UNSUPPORTED[op] === 1) throw new Error(what + ': ' + curFn + ': unsupported obsolete instruction ' + info.name + ' at offset ' + byteOffset);
        code.codeEmit(op);
        for (let i = 0; i < args.length; i++) enc(args[i]);
      }
    }
  });
  const end = code.codeTop;
  mod.codeEnd = end;
  function resolve(l: number): number {
    const off = labels[l];
    if (off === undefined) throw new Error(what + ': label ' + l + ' is not defined');
    return off;
  }
  for (let i = 0; i < patches.length; i++) code.codeSet(patches[i], resolve(code.C[patches[i]]));
  for (let i = 0; i < catchPatches.length; i++) code.catchOff[catchPatches[i]] = resolve(code.catchOff[catchPatches[i]]);
  for (let i = funBase; i < code.funOff.length; i++) code.funOff[i] = resolve(code.funOff[i]);
  for (let i = 0; i < beam.exports.length; i++) {
    const e = beam.exports[i];
    const off = resolve(e.label);
    mod.exports.push(atoms[e.fn], e.arity, off);
    code.exportAdd(modAtom, atoms[e.fn], e.arity, off);
  }
  code.moduleAdd(mod);
  return mod;
}

export function opName(op: number): string {
  return opcodeName(op);
}
