// Bundles: the ES5 device bundle (src/device/main.ts), its variant for the simulated ESP32
// (src/device/sim_entry.ts), and the Node host CLI.
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import espruinoBundle, { espruinoNumbers, espruinoBuildId } from './scripts/espruino_bundle.mjs';

const external = (id) => id.startsWith('node:') || /^[a-z@][^:]*$/.test(id) && !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('src');

export default [
  {
    input: 'src/device/main.ts',
    output: { file: 'dist/atomvm-device.js', format: 'iife', name: 'AtomVMDevice', strict: false },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', include: ['src/vm/**/*.ts', 'src/device/**/*.ts'], noEmitOnError: true }),
      terser({ ecma: 5, compress: { hoist_funs: true, passes: 1 }, mangle: true, format: { comments: false } }),
    ],
  },
  {
    // the same VM for the simulated ESP32 (src/tools/sim): a global AtomVMSim with boot()/step()
    input: 'src/device/sim_entry.ts',
    output: { file: 'dist/atomvm-sim.js', format: 'iife', name: 'AtomVMSim', strict: false },
    plugins: [
      typescript({ tsconfig: './tsconfig.json', include: ['src/vm/**/*.ts', 'src/device/**/*.ts', 'src/platform/sim/**/*.ts'], noEmitOnError: true }),
      terser({ ecma: 5, compress: { hoist_funs: true, passes: 1 }, mangle: true, format: { comments: false } }),
    ],
  },
  {
    // stock Espruino on an ESP32: firmware/espruino boot glue + src/platform/espruino, stored as .bootcde
    input: 'firmware/espruino/boot.ts',
    output: { file: 'dist/atomvm-espruino.js', format: 'iife', name: 'AtomVMEspruino', strict: false },
    plugins: [
      typescript({ tsconfig: './firmware/espruino/tsconfig.json', include: ['src/vm/**/*.ts', 'src/platform/espruino/**/*.ts', 'firmware/espruino/**/*.ts'], noEmitOnError: true }),
      // Espruino hoists no `var` (scripts/espruino_bundle.mjs): hoist_vars declares the vars of the
      // functions with several `var` statements at their start, the plugin those of the rest
      terser({ ecma: 5, compress: { hoist_funs: true, hoist_vars: true, passes: 1 }, mangle: false, format: { comments: false } }),
      // Espruino's parser and name lookup (scripts/espruino_bundle.mjs)
      espruinoBundle(),
      // then mangle alone (no reordering). Espruino's lexer also takes of, let, const, class,
      // extends, static, super and undefined as keywords: a local mangled to `of` is a syntax error
      terser({
        ecma: 5, compress: false, format: { comments: false },
        mangle: { reserved: ['of', 'let', 'const', 'class', 'extends', 'static', 'super', 'undefined', 'yield', 'await', 'async'] },
      }),
      // numeric literals Espruino's lexer would read wrong, as exact expressions
      espruinoNumbers(),
      // a hash of the bundle as its id (a natives snapshot of another build is not used)
      espruinoBuildId(),
    ],
  },
  {
    input: 'src/tools/cli.ts',
    output: { file: 'dist/cli.js', format: 'cjs', banner: '#!/usr/bin/env node', strict: false },
    external,
    plugins: [typescript({ tsconfig: './tsconfig.host.json', noEmitOnError: true })],
  },
];
