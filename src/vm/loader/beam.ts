// BEAM file parser: the IFF "FOR1"/"BEAM" container and its chunks.
// Device code (ES5 + typed arrays). Every size and index is checked against the
// bytes actually present; problems throw a plain Error with a one-line message
// "<file>: <problem>".

import { inflate } from './inflate';
import { utf8Encode } from '../atoms';

// Tables are flat Int32Arrays, not arrays of objects: on Espruino an object costs ~5 RAM blocks
// and an array element one, so a module such as lists (200 exports) took ~1,000 blocks in tables.
/** ImpT: per import, IMP words: module atom, function atom (indexes as in the file), arity */
export const IMP = 3;
/** ExpT: per export, EXP words: function atom, arity, label */
export const EXP = 3;
/** FunT: per fun, FUN words: function atom, arity, label, index, free count, old uniq (as int32: read it >>> 0) */
export const FUN = 6;
export interface BeamImport { module: number; fn: number; arity: number }
export interface BeamExport { fn: number; arity: number; label: number }
export interface BeamFun { fn: number; arity: number; label: number; index: number; numFree: number; oldUniq: number }
/** The import table as objects (for tools and tests; the VM reads the flat table). */
export function beamImports(b: BeamFile): BeamImport[] {
    var r: BeamImport[] = [];
    for (var i = 0; i < b.imports.length; i += IMP) r.push({ module: b.imports[i], fn: b.imports[i + 1], arity: b.imports[i + 2] });
    return r;
}
/** The export table as objects (for tools and tests). */
export function beamExports(b: BeamFile): BeamExport[] {
    var r: BeamExport[] = [];
    for (var i = 0; i < b.exports.length; i += EXP) r.push({ fn: b.exports[i], arity: b.exports[i + 1], label: b.exports[i + 2] });
    return r;
}
/** The fun table as objects (for tools and tests). */
export function beamFuns(b: BeamFile): BeamFun[] {
    var r: BeamFun[] = [];
    var f = b.funs;
    for (var i = 0; i < f.length; i += FUN) {
        r.push({ fn: f[i], arity: f[i + 1], label: f[i + 2], index: f[i + 3], numFree: f[i + 4], oldUniq: f[i + 5] >>> 0 });
    }
    return r;
}
export interface BeamLines {
    /** per line index (0 = "no line"): line number */
    items: Int32Array;
    /** per line index: index into files */
    itemFiles: Int32Array;
    /** files[0] is the module's own source file ("<module>.erl", implicit in the chunk); the others come from the chunk */
    files: string[];
}
export interface BeamFile {
    file: string;
    module: string;
    /** atoms and module are UTF-8 byte strings (parseBeam's byteAtoms) */
    byteAtoms?: boolean;
    /** atoms[i] = atom with 1-based index i; atoms[0] = '' */
    atoms: string[];
    /** instruction bytes after the Code sub-header */
    code: Uint8Array;
    instructionSet: number;
    maxOpcode: number;
    labelCount: number;
    functionCount: number;
    imports: Int32Array;
    exports: Int32Array;
    funs: Int32Array;
    /** each literal as external-term-format bytes starting with version byte 131 */
    literals: Uint8Array[];
    strings: Uint8Array;
    lines: BeamLines | null;
}

/** Big-endian unsigned 32-bit read; the caller has checked the bounds. */
export function readU32(b: Uint8Array, p: number): number {
    return b[p] * 16777216 + ((b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]);
}

var NON_ASCII = /[^\x00-\x7f]/;

/**
 * Decodes UTF-8 bytes b[start..end) into a JS string. Returns null when the bytes
 * are not valid UTF-8 (overlong forms, surrogates, values above U+10FFFF, truncation).
 */
export function decodeUtf8(b: Uint8Array, start: number, end: number): string | null {
    // ASCII (every atom of most modules) by native calls, not a JS loop per byte (Espruino lexes
    // a loop's body at every byte, and a function's whole body even after a `return` that is not
    // its first statement, so the loop is in utf8()). Espruino's apply takes at most 256
    // arguments and its views cannot start more than 65535 bytes into their buffer.
    if (end - start <= 256 && b.byteOffset + start < 65536) {
        var s = String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
        if (!NON_ASCII.test(s)) return s;
    }
    return /*#__NOINLINE__*/ utf8(b, start, end);
}

function utf8(b: Uint8Array, start: number, end: number): string | null {
    var s = '';
    var i = start;
    while (i < end) {
        var c = b[i++];
        if (c < 0x80) {
            s += String.fromCharCode(c);
            continue;
        }
        var need: number;
        var cp: number;
        var min: number;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1; cp = c & 0x1f; min = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2; cp = c & 0x0f; min = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3; cp = c & 0x07; min = 0x10000;
        } else {
            return null;
        }
        if (i + need > end) return null;
        while (need-- > 0) {
            var cc = b[i++];
            if ((cc & 0xc0) !== 0x80) return null;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            s += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
        } else {
            s += String.fromCharCode(cp);
        }
    }
    return s;
}

/** An atom's name as a UTF-8 byte string: its bytes (a UTF-8 chunk) or their encoding (latin1). */
function atomBytes(b: Uint8Array, start: number, n: number, utf8: boolean): string {
    var s = latin1(b, start, start + n);
    return utf8 ? s : utf8Encode(s);
}

function latin1(b: Uint8Array, start: number, end: number): string {
    var s = '';
    for (var i = start; i < end; i++) s += String.fromCharCode(b[i]);
    return s;
}

export function hex(n: number): string {
    return '0x' + n.toString(16);
}

/** Makes user data (chunk ids, atoms, names) safe for a one-line message: control characters become \\xNN. */
export function printable(s: string): string {
    var out = '';
    for (var i = 0; i < s.length; i++) {
        var c = s.charCodeAt(i);
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x2028 || c === 0x2029) {
            var h = c.toString(16);
            out += c > 0xff ? '\\u' + h : '\\x' + (h.length < 2 ? '0' + h : h);
        } else {
            out += s.charAt(i);
        }
    }
    return out;
}

interface Chunk { data: Uint8Array; offset: number }

// Chunk ids we use; anything else is skipped.
var KNOWN_CHUNKS = ['AtU8', 'Atom', 'Code', 'ImpT', 'ExpT', 'LocT', 'FunT', 'LitT', 'LitU', 'StrT', 'Line'];

/** Parses a .beam file. fileName is used in error messages only. */
/**
 * Parses a BEAM file. byteAtoms: atoms (and the module name) as UTF-8 byte strings, one char per
 * byte, as the VM's atom table keeps them; else as JS strings of code points (tools). The VM
 * needs the bytes: an engine without Unicode strings (Espruino) keeps only 8 bits of a char, so
 * decoding and encoding again would lose every char above U+00FF.
 */
export function parseBeam(bytes: Uint8Array, fileName: string, byteAtoms?: boolean): BeamFile {
    var file = fileName;
    function fail(msg: string): Error {
        return new Error(file + ': ' + msg);
    }
    var total = bytes.length;
    if (total < 12) throw fail('not a BEAM file (only ' + total + ' bytes)');
    if (latin1(bytes, 0, 4) !== 'FOR1') throw fail('not a BEAM file (no FOR1 header)');
    var formSize = readU32(bytes, 4);
    // AtomVM's PackBEAM writes the whole file's length (header included) as the FOR1 size
    if (formSize > total) {
        throw fail('FOR1 header claims ' + formSize + ' bytes but only ' + (total - 8) + ' remain');
    }
    if (formSize < 4 || latin1(bytes, 8, 12) !== 'BEAM') throw fail('not a BEAM file (IFF form type is not BEAM)');
    var end = formSize <= total - 8 ? 8 + formSize : formSize;

    // Collect the chunks: "$" + id -> chunk (the last one wins, as in OTP).
    var chunks: { [key: string]: Chunk } = {};
    var pos = 12;
    while (pos < end) {
        if (end - pos < 8) throw fail('truncated chunk header at offset ' + hex(pos));
        var id = latin1(bytes, pos, pos + 4);
        var size = readU32(bytes, pos + 4);
        var dataStart = pos + 8;
        if (size > end - dataStart) {
            throw fail("chunk '" + printable(id) + "' at offset " + hex(pos) + ' claims ' + size + ' bytes but only ' +
                (end - dataStart) + ' remain');
        }
        var next = dataStart + size + ((4 - (size & 3)) & 3);
        for (var k = 0; k < KNOWN_CHUNKS.length; k++) {
            if (KNOWN_CHUNKS[k] === id) {
                chunks['$' + id] = { data: bytes.subarray(dataStart, dataStart + size), offset: dataStart };
                break;
            }
        }
        pos = next > end ? end : next;
    }
    function chunk(id: string): Chunk | null {
        return chunks.hasOwnProperty('$' + id) ? chunks['$' + id] : null;
    }

    // ---- atoms
    var atoms: string[] = [''];
    var atomChunk = chunk('AtU8');
    var utf8 = true;
    if (atomChunk === null) {
        atomChunk = chunk('Atom');
        utf8 = false;
    }
    if (atomChunk === null) throw fail('missing atom table (no AtU8 or Atom chunk)');
    var aName = utf8 ? 'AtU8' : 'Atom';
    var a = atomChunk.data;
    if (a.length < 4) throw fail("chunk '" + aName + "' is too short");
    var atomCount = readU32(a, 0);
    var longCounts = false;
    if (atomCount >= 0x80000000) {
        // OTP 28: a negative count means atom lengths are compact-term encoded.
        atomCount = 0x100000000 - atomCount;
        longCounts = true;
    }
    if (atomCount > a.length - 4) {
        throw fail("chunk '" + aName + "' claims " + atomCount + ' atoms but has only ' + (a.length - 4) + ' bytes');
    }
    if (atomCount < 1) throw fail("chunk '" + aName + "' has no atoms (the module name is missing)");
    pos = 4;
    var i: number;
    // the length of atom i, at pos (-1: the chunk ends): a byte, or (longCounts) a compact term
    function atomLength(i: number): number {
        return pos >= a.length ? -1 : !longCounts ? a[pos++] : (a[pos] & 8) === 0 ? a[pos++] >> 4 : /*#__NOINLINE__*/ longLength(i);
    }
    // a compact term: 3 + 8 bits, or a few bytes
    function longLength(i: number): number {
        var t = a[pos++];
        if ((t & 0x10) === 0) return pos >= a.length ? -1 : ((t >> 5) << 8) | a[pos++];
        var nb = (t >> 5) + 2;
        if (nb > 4) throw fail("chunk '" + aName + "': atom " + i + ' has an absurd length');
        if (pos + nb > a.length) return -1;
        var n = 0;
        while (nb-- > 0) n = n * 256 + a[pos++];
        return n;
    }
    // (a short loop: Espruino lexes its body at every atom)
    for (i = 1; i <= atomCount; i++) {
        var alen = /*#__NOINLINE__*/ atomLength(i);
        if (alen < 0 || alen > a.length - pos) throw fail("chunk '" + aName + "' is truncated at atom " + i);
        var name: string | null = utf8 ? decodeUtf8(a, pos, pos + alen) : latin1(a, pos, pos + alen);
        if (name === null) throw fail("chunk '" + aName + "': atom " + i + ' is not valid UTF-8');
        if (byteAtoms && NON_ASCII.test(name)) name = /*#__NOINLINE__*/ atomBytes(a, pos, alen, utf8);
        atoms.push(name);
        pos += alen;
    }
    var moduleName = atoms[1];
    var ctx = file;
    function failM(msg: string): Error {
        return new Error(ctx + ': ' + msg);
    }
    ctx = file + ': module ' + printable(moduleName);

    // ---- code
    var codeChunk = chunk('Code');
    if (codeChunk === null) throw failM('missing Code chunk');
    var c = codeChunk.data;
    if (c.length < 4) throw failM("chunk 'Code' is too short");
    var headSize = readU32(c, 0);
    if (headSize > c.length - 4) throw failM("chunk 'Code' header claims " + headSize + ' bytes but only ' + (c.length - 4) + ' remain');
    if (headSize < 16) throw failM("chunk 'Code' header is too short (" + headSize + ' bytes)');
    var instructionSet = readU32(c, 4);
    if (instructionSet !== 0) throw failM('unsupported instruction set ' + instructionSet + " in chunk 'Code'");
    var maxOpcode = readU32(c, 8);
    var labelCount = readU32(c, 12);
    var functionCount = readU32(c, 16);
    var code = c.subarray(4 + headSize);

    // Generic table reader for ImpT/ExpT/LocT/FunT: count, then `words` 32-bit words per entry.
    function table(id: string, words: number, required: boolean): Uint8Array | null {
        var ch = chunk(id);
        if (ch === null) {
            if (required) throw failM('missing ' + id + ' chunk');
            return null;
        }
        var d = ch.data;
        if (d.length < 4) throw failM("chunk '" + id + "' is too short");
        var n = readU32(d, 0);
        var avail = Math.floor((d.length - 4) / (words * 4));
        if (n > avail) throw failM("chunk '" + id + "' claims " + n + ' entries but has room for ' + avail);
        return d.subarray(4, 4 + n * words * 4);
    }
    // (each a single expression: the first statement is all Espruino lexes of a function
    // starting with `return`)
    function atomIndex(id: string, e: number, v: number): number {
        return v >= 1 && v <= atomCount ? v : badEntry(id, e, 'atom index ' + v + ' out of range 1..' + atomCount);
    }
    function arityOf(id: string, e: number, v: number): number {
        return v <= 255 ? v : badEntry(id, e, 'arity ' + v + ' out of range');
    }
    function labelOf(id: string, e: number, v: number): number {
        return v >= 1 && v < labelCount ? v : badEntry(id, e, 'label ' + v + ' out of range 1..' + (labelCount - 1));
    }
    function badEntry(id: string, e: number, msg: string): number {
        throw failM("chunk '" + id + "' entry " + e + ': ' + msg);
    }

    function anyU32(id: string, e: number, v: number): number {
        return v;
    }
    function freeCount(id: string, e: number, v: number): number {
        return v <= 65535 ? v : badEntry(id, e, v + ' free variables is out of range');
    }
    /** The entries of chunk id (a u32 per column) as one flat table, column k checked by check[k]. */
    function flatTable(id: string, check: ((id: string, e: number, v: number) => number)[]): Int32Array {
        var w = check.length;
        var t = table(id, w, false);
        var out = new Int32Array(t === null ? 0 : t.length >> 2);
        for (var j = 0; j < out.length; j++) out[j] = check[j % w](id, (j / w) | 0, readU32(t as Uint8Array, j * 4));
        return out;
    }
    // (LocT, the local functions, is not read: nothing in the VM uses it)
    var imports = flatTable('ImpT', [atomIndex, atomIndex, arityOf]);
    var exportsList = flatTable('ExpT', [atomIndex, arityOf, labelOf]);
    var funs = flatTable('FunT', [atomIndex, arityOf, labelOf, anyU32, freeCount, anyU32]);

    // ---- literals
    var literals: Uint8Array[] = [];
    var litData: Uint8Array | null = null;
    var litName = 'LitT';
    var lt = chunk('LitT');
    if (lt !== null) {
        if (lt.data.length < 4) throw failM("chunk 'LitT' is too short");
        var usize = readU32(lt.data, 0);
        if (usize === 0) {
            // Stored uncompressed (as AtomVM's packbeam may write it): raw table follows.
            litData = lt.data.subarray(4);
        } else {
            // Deflate expands at most about 1032:1, so a larger claim is a lie; rejecting
            // it early also keeps a corrupt header from allocating a huge buffer.
            if (usize > (lt.data.length - 4) * 1032 + 64) {
                throw failM("chunk 'LitT' claims " + usize + ' uncompressed bytes from only ' + (lt.data.length - 4) + ' compressed bytes');
            }
            try {
                litData = inflate(lt.data.subarray(4), usize);
            } catch (err) {
                throw failM("chunk 'LitT': " + (err as Error).message);
            }
        }
    } else {
        var lu = chunk('LitU');
        if (lu !== null) {
            litName = 'LitU';
            litData = lu.data;
        }
    }
    if (litData !== null) {
        if (litData.length < 4) throw failM("chunk '" + litName + "' literal table is too short");
        var litCount = readU32(litData, 0);
        if (litCount > (litData.length - 4) / 5) {
            throw failM("chunk '" + litName + "' claims " + litCount + ' literals but has only ' + (litData.length - 4) + ' bytes');
        }
        pos = 4;
        for (i = 0; i < litCount; i++) {
            if (litData.length - pos < 4) throw failM("chunk '" + litName + "' is truncated at literal " + i);
            var lsize = readU32(litData, pos);
            pos += 4;
            if (lsize > litData.length - pos) {
                throw failM("chunk '" + litName + "' literal " + i + ' claims ' + lsize + ' bytes but only ' + (litData.length - pos) + ' remain');
            }
            if (lsize < 2 || litData[pos] !== 131) throw failM("chunk '" + litName + "' literal " + i + ' is not in external term format');
            literals.push(litData.subarray(pos, pos + lsize));
            pos += lsize;
        }
    }

    // ---- strings
    var st = chunk('StrT');
    var strings = st !== null ? st.data : new Uint8Array(0);

    // ---- line table
    var lines: BeamLines | null = null;
    var ln = chunk('Line');
    if (ln !== null) lines = parseLines(ln.data, moduleName, failM);

    return {
        file: file,
        module: moduleName,
        byteAtoms: !!byteAtoms,
        atoms: atoms,
        code: code,
        instructionSet: instructionSet,
        maxOpcode: maxOpcode,
        labelCount: labelCount,
        functionCount: functionCount,
        imports: imports,
        exports: exportsList,
        funs: funs,
        literals: literals,
        strings: strings,
        lines: lines
    };
}

// Line chunk: version, flags, instruction count, item count, name count (32 bits
// each), then the items as compact terms ('a' switches the current file, 'i' is
// a line in it), then the file names (16-bit length + UTF-8). Item 0 is implicit
// ("no line"); file 0 is implicit (the module's own "<module>.erl").
function parseLines(l: Uint8Array, moduleName: string, failM: (msg: string) => Error): BeamLines | null {
    if (l.length < 4) throw failM("chunk 'Line' is too short");
    var version = readU32(l, 0);
    if (version !== 0) return null; // unknown format: ignore it, as OTP does
    if (l.length < 20) throw failM("chunk 'Line' is too short");
    var itemCount = readU32(l, 12);
    var nameCount = readU32(l, 16);
    if (itemCount > l.length - 20) throw failM("chunk 'Line' claims " + itemCount + ' items but has only ' + (l.length - 20) + ' bytes');
    if (nameCount > (l.length - 20) / 2) throw failM("chunk 'Line' claims " + nameCount + ' file names but has only ' + (l.length - 20) + ' bytes');
    var items = new Int32Array(itemCount + 1);
    var itemFiles = new Int32Array(itemCount + 1);
    var pos = 20;
    var fileIndex = 0;
    var i = 1;
    // one item other than a line number in a 1- or 2-byte form: a file, a longer form, bad data
    function item(): void {
        if (pos >= l.length) throw failM("chunk 'Line' is truncated at item " + i);
        var t = l[pos++];
        var tag = t & 7;
        var v: number;
        if ((t & 0x08) === 0) {
            v = t >> 4;
        } else if ((t & 0x10) === 0) {
            if (pos >= l.length) throw failM("chunk 'Line' is truncated at item " + i);
            v = ((t >> 5) << 8) | l[pos++];
        } else {
            var nb = (t >> 5) + 2;
            if (nb > 4) throw failM("chunk 'Line' item " + i + ' is out of range');
            if (pos + nb > l.length) throw failM("chunk 'Line' is truncated at item " + i);
            v = 0;
            while (nb-- > 0) v = v * 256 + l[pos++];
            if (v > 0x7fffffff) throw failM("chunk 'Line' item " + i + ' is out of range');
        }
        if (tag === 2) {
            if (v > nameCount) throw failM("chunk 'Line' refers to file " + v + ' but has only ' + nameCount + ' names');
            fileIndex = v;
        } else if (tag === 1) {
            items[i] = v;
            itemFiles[i] = fileIndex;
            i++;
        } else {
            throw failM("chunk 'Line' has an item with tag " + tag + ' (expected a or i)');
        }
    }
    // (a short loop: Espruino lexes its body at every item)
    while (i <= itemCount) {
        var b = l[pos];
        if ((b & 0x0f) === 0x01) {
            items[i] = b >> 4;
            itemFiles[i++] = fileIndex;
            pos++;
        } else if ((b & 0x1f) === 0x09 && pos + 1 < l.length) {
            items[i] = ((b >> 5) << 8) | l[pos + 1];
            itemFiles[i++] = fileIndex;
            pos += 2;
        } else /*#__NOINLINE__*/ item();
    }
    var files: string[] = [moduleName + '.erl'];
    for (var n = 1; n <= nameCount; n++) {
        if (l.length - pos < 2) throw failM("chunk 'Line' is truncated at file name " + n);
        var len = (l[pos] << 8) | l[pos + 1];
        pos += 2;
        if (len > l.length - pos) throw failM("chunk 'Line' file name " + n + ' claims ' + len + ' bytes but only ' + (l.length - pos) + ' remain');
        var name = decodeUtf8(l, pos, pos + len);
        if (name === null) throw failM("chunk 'Line' file name " + n + ' is not valid UTF-8');
        files.push(len === 0 ? files[0] : name);
        pos += len;
    }
    return { items: items, itemFiles: itemFiles, files: files };
}
