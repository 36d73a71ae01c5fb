// Writes the hand-assembled vectors of vectors.ts to test/vectors/asm/beam/<name>.beam.
// Run: node --import tsx test/vectors/asm/build.ts [outDir]
// (test/unit/newer_opcodes.test.ts checks that the committed files are up to date.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assemble } from './asm';
import { allVectors } from './vectors';

export const ASM_BEAM_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'beam');

export function writeVectors(outDir: string): string[] {
    fs.mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    for (const v of allVectors()) {
        const file = path.join(outDir, v.name + '.beam');
        fs.writeFileSync(file, assemble(v.spec).beam);
        files.push(file);
    }
    return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
    for (const f of writeVectors(process.argv[2] ?? ASM_BEAM_DIR)) console.log(f);
}
