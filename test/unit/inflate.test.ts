// inflate(): round trips against Node's zlib on varied data, levels and
// strategies, and rejection of corrupt streams with a clear Error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { inflate } from '../../src/vm/loader/inflate';
import { rng } from '../vectors/beam_tools';

function sample(kind: number, size: number, rand: () => number): Buffer {
    const b = Buffer.alloc(size);
    const words = ['erlang', 'atom', 'beam', ' ', 'module', '\n', 'fun', '{ok,', '}', 'lists:map'];
    let p = 0;
    switch (kind) {
        case 0: // random bytes
            for (let i = 0; i < size; i++) b[i] = (rand() * 256) | 0;
            break;
        case 1: // all zeros
            break;
        case 2: // text-like
            while (p < size) {
                const w = words[(rand() * words.length) | 0];
                p += b.write(w, p, 'latin1');
            }
            break;
        case 3: // long repeats with occasional noise
            for (let i = 0; i < size; i++) b[i] = rand() < 0.01 ? (rand() * 256) | 0 : (i % 251) & 0xff;
            break;
        default: // few distinct symbols, skewed
            for (let i = 0; i < size; i++) b[i] = rand() < 0.7 ? 65 : 66 + ((rand() * 4) | 0);
    }
    return b;
}

function check(data: Buffer, z: Buffer, what: string): void {
    const withSize = inflate(new Uint8Array(z), data.length);
    assert.ok(Buffer.from(withSize).equals(data), what + ' (expected size)');
    const noSize = inflate(new Uint8Array(z));
    assert.ok(Buffer.from(noSize).equals(data), what + ' (no size)');
}

test('inflate: round trip with zlib.deflateSync at every level', () => {
    const rand = rng(12345);
    const sizes = [0, 1, 2, 3, 17, 255, 256, 1000, 4096, 32768, 32769, 65536 + 7, 200000];
    for (let level = 0; level <= 9; level++) {
        for (let kind = 0; kind < 5; kind++) {
            for (const size of sizes) {
                const data = sample(kind, size, rand);
                check(data, zlib.deflateSync(data, { level }), `level ${level} kind ${kind} size ${size}`);
            }
        }
    }
});

test('inflate: strategies, window sizes and memory levels', () => {
    const rand = rng(777);
    const strategies = [zlib.constants.Z_FILTERED, zlib.constants.Z_HUFFMAN_ONLY, zlib.constants.Z_RLE,
        zlib.constants.Z_FIXED, zlib.constants.Z_DEFAULT_STRATEGY];
    for (const strategy of strategies) {
        for (const windowBits of [9, 10, 12, 15]) {
            for (const memLevel of [1, 8, 9]) {
                for (let kind = 0; kind < 5; kind++) {
                    const data = sample(kind, 1 + ((rand() * 70000) | 0), rand);
                    const z = zlib.deflateSync(data, { strategy, windowBits, memLevel, level: 1 + ((rand() * 9) | 0) });
                    check(data, z, `strategy ${strategy} window ${windowBits} mem ${memLevel} kind ${kind}`);
                }
            }
        }
    }
});

test('inflate: a stream of many blocks (stored, fixed and dynamic mixed)', () => {
    // Raw deflate segments ending in a sync flush (non-final blocks), then a final
    // segment, wrapped in a zlib header and the Adler-32 of the whole data.
    const rand = rng(4242);
    const parts: Buffer[] = [];
    const raw: Buffer[] = [];
    for (let i = 0; i < 40; i++) {
        const p = sample(i % 5, 1 + ((rand() * 3000) | 0), rand);
        parts.push(p);
        const opts: zlib.ZlibOptions = { level: i % 10, finishFlush: zlib.constants.Z_SYNC_FLUSH };
        if (i % 7 === 3) opts.strategy = zlib.constants.Z_FIXED;
        raw.push(zlib.deflateRawSync(p, opts));
    }
    const last = sample(2, 100, rand);
    parts.push(last);
    raw.push(zlib.deflateRawSync(last));
    const data = Buffer.concat(parts);
    let a = 1;
    let b = 0;
    for (const x of data) {
        a = (a + x) % 65521;
        b = (b + a) % 65521;
    }
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32BE(((b << 16) | a) >>> 0, 0);
    const z = Buffer.concat([Buffer.from([0x78, 0x9c]), ...raw, trailer]);
    assert.ok(Buffer.from(zlib.inflateSync(z)).equals(data), 'node agrees');
    check(data, z, 'multi-block');
});

test('inflate: hand-made stored blocks and empty stream', () => {
    // header 78 01, stored final block of "abc", adler32("abc") = 0x024d0127
    const z = Buffer.from([0x78, 0x01, 0x01, 0x03, 0x00, 0xfc, 0xff, 0x61, 0x62, 0x63, 0x02, 0x4d, 0x01, 0x27]);
    assert.equal(Buffer.from(inflate(new Uint8Array(z))).toString(), 'abc');
    assert.equal(inflate(new Uint8Array(zlib.deflateSync(Buffer.alloc(0)))).length, 0);
});

function corrupt(z: Uint8Array | Buffer, re: RegExp = /^corrupt zlib stream: /, expected?: number): void {
    assert.throws(() => inflate(new Uint8Array(z), expected), (e: unknown) => {
        assert.ok(e instanceof Error && e.constructor === Error, 'plain Error, got ' + String(e));
        assert.match(e.message, re);
        assert.ok(!e.message.includes('\n'));
        return true;
    });
}

test('inflate: header and trailer errors', () => {
    const good = zlib.deflateSync(Buffer.from('hello hello hello hello'));
    corrupt(Buffer.alloc(0), /too short/);
    corrupt(Buffer.from([0x78]), /too short/);
    corrupt(Buffer.from([0x79, 0x9c, 0, 0]), /compression method 9 is not deflate/);
    corrupt(Buffer.from([0x88, 0x1c, 0, 0]), /window size field 8 is invalid/);
    corrupt(Buffer.from([0x78, 0x9d, 0, 0]), /header check bits are wrong/);
    corrupt(Buffer.from([0x78, 0xbb, 0, 0, 0, 0]), /preset dictionaries are not supported/);
    const badAdler = Buffer.from(good);
    badAdler[badAdler.length - 1] ^= 1;
    corrupt(badAdler, /Adler-32 checksum mismatch/);
    corrupt(good.subarray(0, good.length - 4), /missing Adler-32 checksum|unexpected end of input/);
    corrupt(good, /output exceeds the expected 5 bytes/, 5);
    corrupt(good, /output has 23 bytes but 24 were expected/, 24);
    corrupt(good, /bad expected size/, -1);
    // Reserved block type 3: first byte after the header = BFINAL 1, BTYPE 11.
    corrupt(Buffer.from([0x78, 0x01, 0x07, 0, 0, 0, 0]), /reserved block type 3/);
    // Stored block with a bad length complement.
    corrupt(Buffer.from([0x78, 0x01, 0x01, 0x03, 0x00, 0xfc, 0xfe, 0x61, 0x62, 0x63]), /stored block length check failed/);
    // Distance too far back: fixed block, literal 'a' then a length-3 match at distance 2.
    // Bits (LSB first): 1 (final), 10 (fixed: 01 written LSB first as 1,0).
    corrupt(fixedBlock([['lit', 0x61], ['match', 3, 2], ['end']]), /distance 2 is too far back/);
    // A decompression bomb stops at the expected size.
    const bomb = zlib.deflateSync(Buffer.alloc(10 << 20));
    corrupt(bomb, /output exceeds the expected 1000 bytes/, 1000);
});

// Writes a fixed-Huffman final block from symbols (for crafting edge cases).
function fixedBlock(syms: (['lit', number] | ['match', number, number] | ['end'])[]): Buffer {
    const bits: number[] = [];
    const put = (v: number, n: number) => { for (let i = 0; i < n; i++) bits.push((v >> i) & 1); };
    const putCode = (code: number, n: number) => { for (let i = n - 1; i >= 0; i--) bits.push((code >> i) & 1); };
    const litCode = (s: number) => {
        if (s < 144) putCode(0x30 + s, 8);
        else if (s < 256) putCode(0x190 + s - 144, 9);
        else if (s < 280) putCode(s - 256, 7);
        else putCode(0xc0 + s - 280, 8);
    };
    put(1, 1);
    put(1, 2);
    for (const s of syms) {
        if (s[0] === 'lit') litCode(s[1]);
        else if (s[0] === 'end') litCode(256);
        else {
            litCode(257 + s[1] - 3); // lengths 3..10 have no extra bits
            putCode(s[2] - 1, 5); // distances 1..4 have no extra bits
        }
    }
    const out = [0x78, 0x01];
    for (let i = 0; i < bits.length; i += 8) {
        let byte = 0;
        for (let j = 0; j < 8 && i + j < bits.length; j++) byte |= bits[i + j] << j;
        out.push(byte);
    }
    out.push(0, 0, 0, 1);
    return Buffer.from(out);
}

test('inflate: crafted fixed block decodes', () => {
    const z = fixedBlock([['lit', 0x61], ['lit', 0x62], ['match', 6, 2], ['end']]);
    const data = Buffer.from('abababab');
    // fix the adler32 trailer
    const a = zlib.deflateSync(data);
    z.set(a.subarray(a.length - 4), z.length - 4);
    assert.equal(Buffer.from(inflate(new Uint8Array(z))).toString(), 'abababab');
});

test('inflate: every truncation and many byte flips fail cleanly', () => {
    const rand = rng(99);
    const inputs = [sample(2, 3000, rand), sample(0, 500, rand), sample(3, 5000, rand), sample(4, 2000, rand)];
    let flipsAccepted = 0;
    for (const data of inputs) {
        for (const level of [0, 1, 6, 9]) {
            const z = zlib.deflateSync(data, { level });
            for (let cut = 0; cut < z.length; cut += cut < 64 ? 1 : 7) corrupt(z.subarray(0, cut));
            for (let k = 0; k < 150; k++) {
                const m = Buffer.from(z);
                const n = 1 + ((rand() * 3) | 0);
                for (let j = 0; j < n; j++) m[(rand() * m.length) | 0] ^= 1 << ((rand() * 8) | 0);
                for (const expected of [undefined, data.length]) {
                    try {
                        const out = inflate(new Uint8Array(m), expected);
                        // Accepted only when the checksum still matches: then it must be the data.
                        if (Buffer.from(out).equals(data)) flipsAccepted++;
                        else assert.fail('corrupt stream accepted with wrong data');
                    } catch (e) {
                        assert.ok(e instanceof Error && e.constructor === Error, 'plain Error, got ' + String(e));
                        assert.match((e as Error).message, /^corrupt zlib stream: /);
                    }
                }
            }
        }
    }
    assert.ok(flipsAccepted < 200, 'flips only in unused bits go unnoticed: ' + flipsAccepted);
});

test('inflate: random garbage after a valid header never hangs or escapes', () => {
    const rand = rng(2024);
    const t0 = Date.now();
    for (let k = 0; k < 3000; k++) {
        const n = 2 + ((rand() * 300) | 0);
        const m = Buffer.alloc(n);
        for (let i = 0; i < n; i++) m[i] = (rand() * 256) | 0;
        m[0] = 0x78;
        m[1] = 0x9c;
        try {
            inflate(new Uint8Array(m), rand() < 0.5 ? undefined : (rand() * 5000) | 0);
        } catch (e) {
            assert.ok(e instanceof Error && e.constructor === Error, 'plain Error, got ' + String(e));
            assert.match((e as Error).message, /^corrupt zlib stream: /);
        }
    }
    assert.ok(Date.now() - t0 < 10000);
});
