// Packbeam (.avm) archive reader. Device code (ES5 + typed arrays).
//
// Layout (atomvm-user-guide.txt, "Packbeam Format"): a 24-byte header
// "#!/usr/bin/env AtomVM\n\0\0", then entries, each:
//   size:32 flags:32 reserved:32 name NUL [padding to 4], data [padding to 4]
// where size counts the whole entry from its size field, padding included.
// Flags: 1 = has start/0, 2 = BEAM file, 4 = normal file. A normal file's data is
// its byte length (32 bits) followed by its content. The archive ends with an
// entry of size 0 (named "end").

import { decodeUtf8, hex, printable, readU32 } from './beam';

export interface AvmEntry {
    name: string;
    flags: number;
    /** BEAM entries: the BEAM bytes; normal files: the content without its size prefix or padding */
    data: Uint8Array;
}

export var AVM_FLAG_START = 1;
export var AVM_FLAG_BEAM = 2;
export var AVM_FLAG_NORMAL = 4;

var AVM_HEADER = [
    0x23, 0x21, 0x2f, 0x75, 0x73, 0x72, 0x2f, 0x62, 0x69, 0x6e, 0x2f, 0x65,
    0x6e, 0x76, 0x20, 0x41, 0x74, 0x6f, 0x6d, 0x56, 0x4d, 0x0a, 0x00, 0x00
];

/** The 24 header bytes every packbeam archive starts with. */
export function avmHeader(): Uint8Array {
    var h = new Uint8Array(24);
    for (var i = 0; i < 24; i++) h[i] = AVM_HEADER[i];
    return h;
}

/** True when bytes start with the packbeam header. */
export function isAvm(bytes: Uint8Array): boolean {
    if (bytes.length < 24) return false;
    for (var i = 0; i < 24; i++) {
        if (bytes[i] !== AVM_HEADER[i]) return false;
    }
    return true;
}

/**
 * Parses a packbeam archive into its entries (data are subarrays of bytes, or what `slice` returns
 * for a byte range: Espruino's typed arrays cannot start more than 65535 bytes into their buffer).
 */
export function parseAvm(bytes: Uint8Array, fileName: string, slice?: (start: number, end: number) => Uint8Array): AvmEntry[] {
    if (!isAvm(bytes)) throw new Error(fileName + ': not a packbeam archive (bad header)');
    var entries: AvmEntry[] = [];
    var total = bytes.length;
    var pos = 24;
    for (;;) {
        if (pos >= total) throw new Error(fileName + ': missing end marker (archive ends at offset ' + hex(pos) + ')');
        if (total - pos < 4) throw new Error(fileName + ': truncated entry header at offset ' + hex(pos));
        var size = readU32(bytes, pos);
        if (size === 0) break; // the "end" entry
        if (total - pos < 12) throw new Error(fileName + ': truncated entry header at offset ' + hex(pos));
        var flags = readU32(bytes, pos + 4);
        // Entry name: NUL-terminated, within the entry.
        var nameStart = pos + 12;
        var limit = pos + size < total ? pos + size : total;
        var nul = nameStart;
        while (nul < limit && bytes[nul] !== 0) nul++;
        if (nul >= limit) {
            throw new Error(fileName + ': entry at offset ' + hex(pos) + ' has no NUL-terminated name within its ' + size + ' bytes');
        }
        var name = decodeUtf8(bytes, nameStart, nul);
        if (name === null) {
            name = '';
            for (var k = nameStart; k < nul; k++) name += String.fromCharCode(bytes[k]);
        }
        var shown = printable(name);
        if (size > total - pos) {
            throw new Error(fileName + ": entry '" + shown + "' at offset " + hex(pos) + ' claims ' + size +
                ' bytes but only ' + (total - pos) + ' remain');
        }
        if ((size & 3) !== 0) {
            throw new Error(fileName + ": entry '" + shown + "' at offset " + hex(pos) + ' has size ' + size +
                ', not a multiple of 4');
        }
        var dataStart = (nul + 1 + 3) & ~3;
        var entryEnd = pos + size;
        if (dataStart > entryEnd) {
            throw new Error(fileName + ": entry '" + shown + "' at offset " + hex(pos) + ' is smaller than its header');
        }
        var data: Uint8Array;
        if (flags & AVM_FLAG_BEAM) {
            // The BEAM's own FOR1 size tells where the padding starts.
            data = slice ? slice(dataStart, entryEnd) : bytes.subarray(dataStart, entryEnd);
            if (data.length >= 8 && data[0] === 0x46 && data[1] === 0x4f && data[2] === 0x52 && data[3] === 0x31) {
                var formSize = readU32(data, 4);
                if (formSize + 8 <= data.length) data = data.subarray(0, formSize + 8);
            }
        } else {
            if (entryEnd - dataStart < 4) {
                throw new Error(fileName + ": entry '" + shown + "' at offset " + hex(pos) + ' has no room for its size field');
            }
            var len = readU32(bytes, dataStart);
            if (len > entryEnd - dataStart - 4) {
                throw new Error(fileName + ": entry '" + shown + "' at offset " + hex(pos) + ' claims ' + len +
                    ' content bytes but only ' + (entryEnd - dataStart - 4) + ' remain');
            }
            data = slice ? slice(dataStart + 4, dataStart + 4 + len) : bytes.subarray(dataStart + 4, dataStart + 4 + len);
        }
        entries.push({ name: name, flags: flags, data: data });
        pos = entryEnd;
    }
    return entries;
}
