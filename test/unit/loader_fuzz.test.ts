// Fuzz: random truncations, bit flips, word overwrites, insertions and deletions
// of real .beam files and of a .avm archive. parseAvm/parseBeam/readCode must
// either succeed or throw a plain Error whose message is one line naming the
// file: never TypeError/RangeError, never a hang.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { parseBeam } from '../../src/vm/loader/beam';
import { parseAvm, isAvm } from '../../src/vm/loader/avm';
import { readCode } from '../../src/vm/loader/code_reader';
import { PREBUILT_DIR, buildAvm, packbeamBeam, rng, splitChunks } from '../vectors/beam_tools';

const ITERATIONS_PER_INPUT = 1200;
const TIME_LIMIT_MS = 30000;

function load(name: string): Buffer {
    return fs.readFileSync(path.join(PREBUILT_DIR, name + '.beam'));
}

// Offsets of the chunk headers' size fields (good targets for lies).
function sizeFieldOffsets(beam: Buffer): number[] {
    const offs = [4];
    let pos = 12;
    for (const c of splitChunks(beam)) {
        offs.push(pos + 4);
        pos += 8 + ((c.data.length + 3) & ~3);
    }
    return offs;
}

const WORDS = [0, 1, 3, 4, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe, 0x10000, 255, 256];

function mutate(src: Buffer, rand: () => number, sizeFields: number[]): Buffer {
    const r = (n: number) => (rand() * n) | 0;
    const kind = r(7);
    let m: Buffer;
    switch (kind) {
        case 0: // truncation
            return Buffer.from(src.subarray(0, r(src.length)));
        case 1: { // bit flips
            m = Buffer.from(src);
            const n = 1 + r(8);
            for (let i = 0; i < n; i++) m[r(m.length)] ^= 1 << r(8);
            return m;
        }
        case 2: { // random bytes
            m = Buffer.from(src);
            const n = 1 + r(4);
            for (let i = 0; i < n; i++) m[r(m.length)] = r(256);
            return m;
        }
        case 3: { // aligned word overwritten with an interesting value
            m = Buffer.from(src);
            const at = r(m.length >> 2) << 2;
            const old = at + 4 <= m.length ? m.readUInt32BE(at) : 0;
            const v = rand() < 0.5 ? WORDS[r(WORDS.length)] : (old + r(9) - 4) >>> 0;
            if (at + 4 <= m.length) m.writeUInt32BE(v, at);
            return m;
        }
        case 4: { // a chunk (or FOR1 / entry) size field lies
            m = Buffer.from(src);
            const at = sizeFields[r(sizeFields.length)];
            if (at + 4 <= m.length) {
                const old = m.readUInt32BE(at);
                const v = rand() < 0.5 ? WORDS[r(WORDS.length)] : (old + r(17) - 8) >>> 0;
                m.writeUInt32BE(v, at);
            }
            return m;
        }
        case 5: { // insert bytes
            const at = r(src.length);
            const ins = Buffer.alloc(1 + r(4));
            for (let i = 0; i < ins.length; i++) ins[i] = r(256);
            return Buffer.concat([src.subarray(0, at), ins, src.subarray(at)]);
        }
        default: { // delete bytes
            const at = r(src.length);
            return Buffer.concat([src.subarray(0, at), src.subarray(Math.min(src.length, at + 1 + r(4)))]);
        }
    }
}

function runBeam(bytes: Uint8Array, name: string): number {
    const b = parseBeam(bytes, name);
    let n = 0;
    readCode(b, (op, args) => {
        n += op + args.length;
    });
    return n;
}

function runAvm(bytes: Uint8Array, name: string): number {
    let n = 0;
    for (const e of parseAvm(bytes, name)) {
        if (e.flags & 2) n += runBeam(e.data, name + ':' + e.name);
        else n += e.data.length;
    }
    return n;
}

interface Stats {
    ok: number;
    errors: number;
}

function fuzzOne(label: string, src: Buffer, name: string, seed: number, stats: Stats, sizeFields: number[]): void {
    const rand = rng(seed);
    for (let i = 0; i < ITERATIONS_PER_INPUT; i++) {
        const m = mutate(src, rand, sizeFields);
        const bytes = new Uint8Array(m);
        try {
            if (isAvm(bytes)) runAvm(bytes, name);
            else runBeam(bytes, name);
            stats.ok++;
        } catch (e) {
            stats.errors++;
            const where = `${label} iteration ${i} (seed ${seed})`;
            if (!(e instanceof Error) || e.constructor !== Error) {
                fs.writeFileSync(path.join(PREBUILT_DIR, '..', 'fuzz-failure.bin'), m);
                assert.fail(`${where}: not a plain Error: ${e instanceof Error ? e.stack : String(e)}`);
            }
            assert.ok(!e.message.includes('\n'), `${where}: multi-line message: ${e.message}`);
            assert.ok(e.message.startsWith(name + ':') || e.message.startsWith(name + ': '),
                `${where}: message does not name the file: ${e.message}`);
        }
    }
}

test('fuzz: mutated .beam and .avm inputs fail cleanly', () => {
    const t0 = Date.now();
    const beams = ['vec_basic', 'vec_unicode', 'vec_small'].map(load);
    const inputs: { label: string; data: Buffer; name: string; fields: number[] }[] = [];
    for (const [i, b] of beams.entries()) {
        inputs.push({ label: 'beam ' + i, data: b, name: `v${i}.beam`, fields: sizeFieldOffsets(b) });
    }
    const lit0 = packbeamBeam(beams[0], 'LitT0');
    inputs.push({ label: 'packbeam LitT0', data: lit0, name: 'lit0.beam', fields: sizeFieldOffsets(lit0) });
    const avm = buildAvm([
        { name: 'vec_small.beam', flags: 3, data: packbeamBeam(beams[2]) },
        { name: 'vec_basic.beam', flags: 2, data: packbeamBeam(beams[0]) },
        { name: 'priv/data.txt', flags: 4, data: Buffer.from('some data!') },
        { name: 'vec_unicode.beam', flags: 2, data: packbeamBeam(beams[1], 'LitT0') }
    ]);
    // The avm's entry size fields.
    const avmFields: number[] = [];
    for (let pos = 24; pos + 4 <= avm.length;) {
        avmFields.push(pos);
        const size = avm.readUInt32BE(pos);
        if (size === 0) break;
        pos += size;
    }
    inputs.push({ label: 'avm', data: avm, name: 'fuzz.avm', fields: avmFields });
    // Sanity: every unmutated input decodes.
    for (const inp of inputs) {
        const bytes = new Uint8Array(inp.data);
        assert.ok((isAvm(bytes) ? runAvm(bytes, inp.name) : runBeam(bytes, inp.name)) > 0, inp.label);
    }
    const stats: Stats = { ok: 0, errors: 0 };
    inputs.forEach((inp, k) => fuzzOne(inp.label, inp.data, inp.name, 1000 + k * 7919, stats, inp.fields));
    const total = stats.ok + stats.errors;
    const ms = Date.now() - t0;
    assert.ok(total >= 2000, 'at least 2000 mutations: ' + total);
    assert.ok(stats.errors > total / 4, `most mutations are detected (${stats.errors}/${total})`);
    assert.ok(ms < TIME_LIMIT_MS, `fuzzing took ${ms} ms`);
});
