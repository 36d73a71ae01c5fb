// Host tool: describe a .beam file or a .avm archive (modules, exports, imports,
// instruction counts by opcode), or say precisely why it cannot be decoded.

import * as fs from 'node:fs';
import { isAvm, parseAvm, AVM_FLAG_BEAM, AVM_FLAG_START } from '../vm/loader/avm';
import { parseBeam, BeamFile, beamExports, beamImports, EXP, IMP } from '../vm/loader/beam';
import { readCode } from '../vm/loader/code_reader';
import { opcodeName } from '../vm/loader/opcodes';

export interface InspectResult {
    text: string;
    ok: boolean;
}

/** Quotes an atom the way Erlang prints it. */
export function quoteAtom(name: string): string {
    if (/^[a-z][A-Za-z0-9_@]*$/.test(name) && !RESERVED.has(name)) return name;
    return "'" + name.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

const RESERVED = new Set(['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case',
    'catch', 'cond', 'div', 'end', 'fun', 'if', 'let', 'maybe', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
    'when', 'xor', 'else']);

function describeBeam(beam: BeamFile, lines: string[], indent: string): void {
    const a = beam.atoms;
    lines.push(`${indent}module ${quoteAtom(beam.module)} (${beam.code.length} code bytes, ${beam.labelCount} labels, ` +
        `${beam.functionCount} functions, ${beam.literals.length} literals, max opcode ${beam.maxOpcode})`);
    lines.push(`${indent}  exports (${beam.exports.length / EXP}): ` +
        beamExports(beam).map((e) => `${quoteAtom(a[e.fn])}/${e.arity}`).join(' '));
    lines.push(`${indent}  imports (${beam.imports.length / IMP}): ` +
        beamImports(beam).map((i) => `${quoteAtom(a[i.module])}:${quoteAtom(a[i.fn])}/${i.arity}`).join(' '));
    const counts: number[] = [];
    let total = 0;
    readCode(beam, (op) => {
        counts[op] = (counts[op] || 0) + 1;
        total++;
    });
    const byName: [string, number][] = [];
    counts.forEach((n, op) => {
        if (n) byName.push([opcodeName(op), n]);
    });
    byName.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    lines.push(`${indent}  instructions (${total}): ` + byName.map(([n, c]) => `${n} ${c}`).join(', '));
}

/** Inspects a .beam or .avm file; on any decoding problem ok is false and the text says where. */
export function inspectFile(path: string): InspectResult {
    const lines: string[] = [];
    let bytes: Uint8Array;
    try {
        bytes = new Uint8Array(fs.readFileSync(path));
    } catch (e) {
        return { text: `${path}: cannot read: ${(e as Error).message}`, ok: false };
    }
    try {
        if (isAvm(bytes)) {
            const entries = parseAvm(bytes, path);
            lines.push(`${path}: packbeam archive, ${entries.length} entries`);
            for (const e of entries) {
                if (e.flags & AVM_FLAG_BEAM) {
                    lines.push(`  ${e.name} (beam, ${e.data.length} bytes${e.flags & AVM_FLAG_START ? ', start' : ''})`);
                    describeBeam(parseBeam(e.data, `${path}:${e.name}`), lines, '    ');
                } else {
                    lines.push(`  ${e.name} (file, ${e.data.length} bytes, flags ${e.flags})`);
                }
            }
        } else {
            lines.push(`${path}: beam file, ${bytes.length} bytes`);
            describeBeam(parseBeam(bytes, path), lines, '  ');
        }
    } catch (e) {
        lines.push(e instanceof Error ? e.message : `${path}: ${String(e)}`);
        return { text: lines.join('\n'), ok: false };
    }
    return { text: lines.join('\n'), ok: true };
}
