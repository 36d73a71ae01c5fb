// Test-only helpers (Node): compile the vector sources, split/rebuild BEAM chunk
// lists, and a minimal packbeam (.avm) writer following the format description
// in atomvm-user-guide.txt ("Packbeam Format").

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

export const VECTORS_DIR = path.dirname(new URL(import.meta.url).pathname);
export const SRC_DIR = path.join(VECTORS_DIR, 'src');
export const PREBUILT_DIR = path.join(VECTORS_DIR, 'beam');

export function hasErlang(): boolean {
    const r = spawnSync('erlc', [], { encoding: 'utf8' });
    const e = spawnSync('erl', ['-noshell', '-eval', 'halt().'], { encoding: 'utf8' });
    return !r.error && !e.error && e.status === 0;
}

/** Runs `erl -noshell -eval Expr` (the expression must halt) and returns stdout. */
export function erlEval(expr: string, extraArgs: string[] = []): string {
    const r = spawnSync('erl', ['-noshell', ...extraArgs, '-eval', expr], { encoding: 'utf8', maxBuffer: 256 << 20 });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`erl failed (${r.status}): ${r.stderr}${r.stdout}`);
    return r.stdout;
}

/** Compiles every test/vectors/src/*.erl into outDir; returns the .beam paths. */
export function compileVectors(outDir: string, opts: string[] = []): string[] {
    const srcs = fs.readdirSync(SRC_DIR).filter((f) => f.endsWith('.erl')).sort();
    const r = spawnSync('erlc', ['+deterministic', ...opts, '-o', outDir, ...srcs], { cwd: SRC_DIR, encoding: 'utf8' });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`erlc failed: ${r.stderr}${r.stdout}`);
    return srcs.map((s) => path.join(outDir, s.replace(/\.erl$/, '.beam')));
}

/** ebin directories of OTP's stdlib, kernel and compiler applications. */
export function otpEbinDirs(): string[] {
    const out = erlEval(
        '[io:format("~s~n", [filename:join(code:lib_dir(A), "ebin")]) || A <- [stdlib, kernel, compiler]], halt().');
    return out.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
}

export interface RawChunk {
    id: string;
    data: Buffer;
}

/** Splits a well-formed BEAM file into its chunks. */
export function splitChunks(beam: Buffer): RawChunk[] {
    if (beam.toString('latin1', 0, 4) !== 'FOR1' || beam.toString('latin1', 8, 12) !== 'BEAM') throw new Error('not a beam');
    const end = 8 + beam.readUInt32BE(4);
    const chunks: RawChunk[] = [];
    let pos = 12;
    while (pos + 8 <= end) {
        const id = beam.toString('latin1', pos, pos + 4);
        const size = beam.readUInt32BE(pos + 4);
        chunks.push({ id, data: beam.subarray(pos + 8, pos + 8 + size) });
        pos += 8 + ((size + 3) & ~3);
    }
    return chunks;
}

/** Builds a BEAM file from chunks (each padded to 4 bytes). */
export function buildBeam(chunks: RawChunk[]): Buffer {
    const parts: Buffer[] = [];
    for (const c of chunks) {
        const h = Buffer.alloc(8);
        h.write(c.id, 0, 'latin1');
        h.writeUInt32BE(c.data.length, 4);
        parts.push(h, c.data, Buffer.alloc((4 - (c.data.length & 3)) & 3));
    }
    const body = Buffer.concat(parts);
    const head = Buffer.alloc(12);
    head.write('FOR1', 0, 'latin1');
    head.writeUInt32BE(body.length + 4, 4);
    head.write('BEAM', 8, 'latin1');
    return Buffer.concat([head, body]);
}

export function replaceChunk(chunks: RawChunk[], id: string, data: Buffer | null, newId?: string): RawChunk[] {
    const out: RawChunk[] = [];
    for (const c of chunks) {
        if (c.id !== id) out.push(c);
        else if (data !== null) out.push({ id: newId ?? id, data });
    }
    return out;
}

export function getChunk(chunks: RawChunk[], id: string): Buffer {
    const c = chunks.find((x) => x.id === id);
    if (!c) throw new Error('no chunk ' + id);
    return c.data;
}

/** The uncompressed literal table of an erlc LitT chunk. */
export function uncompressLitT(litT: Buffer): Buffer {
    return zlib.inflateSync(litT.subarray(4));
}

/**
 * What a packbeam tool stores for a BEAM: only the chunks AtomVM keeps, with the
 * literal table uncompressed, either as "LitU" (what packbeam writes) or as "LitT"
 * with an uncompressed size of 0 followed by the raw table.
 */
export function packbeamBeam(beam: Buffer, lit: 'LitU' | 'LitT0' | 'keep' = 'LitU'): Buffer {
    const keep = ['AtU8', 'Code', 'ExpT', 'LocT', 'ImpT', 'LitU', 'FunT', 'StrT', 'LitT', 'Line'];
    let chunks = splitChunks(beam).filter((c) => keep.includes(c.id));
    const litT = chunks.find((c) => c.id === 'LitT');
    if (litT && lit !== 'keep') {
        const raw = uncompressLitT(litT.data);
        if (lit === 'LitU') chunks = replaceChunk(chunks, 'LitT', raw, 'LitU');
        else chunks = replaceChunk(chunks, 'LitT', Buffer.concat([Buffer.alloc(4), raw]));
    }
    return buildBeam(chunks);
}

export const AVM_HEADER = Buffer.from('#!/usr/bin/env AtomVM\n\0\0', 'latin1');

export interface AvmInput {
    name: string;
    flags: number;
    /** BEAM bytes (flags & 2) or plain file content */
    data: Buffer;
}

function pad4(n: number): Buffer {
    return Buffer.alloc((4 - (n & 3)) & 3);
}

function entryHeader(size: number, flags: number, name: string): Buffer {
    const nameBytes = Buffer.from(name, 'utf8');
    const h = Buffer.alloc(12);
    h.writeUInt32BE(size, 0);
    h.writeUInt32BE(flags, 4);
    h.writeUInt32BE(0, 8);
    return Buffer.concat([h, nameBytes, Buffer.from([0])]);
}

/** Minimal packbeam writer: header, entries (size counts the whole padded entry), "end" entry. */
export function buildAvm(entries: AvmInput[]): Buffer {
    const parts: Buffer[] = [AVM_HEADER];
    for (const e of entries) {
        const payload = e.flags & 2 ? e.data : Buffer.concat([u32(e.data.length), e.data]);
        const h0 = entryHeader(0, e.flags, e.name);
        const size = h0.length + pad4(h0.length).length + payload.length + pad4(payload.length).length;
        const h = entryHeader(size, e.flags, e.name);
        parts.push(h, pad4(h.length), payload, pad4(payload.length));
    }
    const end = entryHeader(0, 0, 'end');
    parts.push(end, pad4(end.length));
    return Buffer.concat(parts);
}

export function u32(n: number): Buffer {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0, 0);
    return b;
}

/** Deterministic PRNG (xorshift32) for tests. */
export function rng(seed: number): () => number {
    let s = seed >>> 0 || 1;
    return () => {
        s ^= s << 13;
        s >>>= 0;
        s ^= s >>> 17;
        s ^= s << 5;
        s >>>= 0;
        return s / 4294967296;
    };
}

/** Encodes a compact term (tag 0..7, value as bigint) the way the compiler does. */
export function compact(tag: number, value: bigint): Buffer {
    if (value >= 0n && value < 16n) return Buffer.from([(Number(value) << 4) | tag]);
    if (value >= 0n && value < 2048n) {
        const v = Number(value);
        return Buffer.from([((v >> 8) << 5) | 0x08 | tag, v & 0xff]);
    }
    // Two's complement bytes, minimal length that keeps the sign.
    const bytes: number[] = [];
    let v = value;
    for (;;) {
        bytes.unshift(Number(v & 0xffn));
        v >>= 8n;
        const top = bytes[0] & 0x80;
        if ((v === 0n && !top) || (v === -1n && top)) break;
    }
    if (tag !== 1 && value < 0n) throw new Error('negative non-integer');
    // The multi-byte form holds at least 2 bytes.
    if (bytes.length < 2) bytes.unshift(value < 0n ? 0xff : 0);
    const m = bytes.length;
    if (m <= 8) return Buffer.from([((m - 2) << 5) | 0x18 | tag, ...bytes]);
    return Buffer.concat([Buffer.from([0xf8 | tag]), compact(0, BigInt(m - 9)), Buffer.from(bytes)]);
}
