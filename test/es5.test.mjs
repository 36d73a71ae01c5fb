// The device bundle must be plain ES5 and touch none of the built-ins the small engines lack
// (DESIGN.md section 3); src/vm and src/device must not import Node APIs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as acorn from 'acorn';
import { espruinoNumber } from '../scripts/espruino_bundle.mjs';

const BUNDLE = 'dist/atomvm-device.js';

const FORBIDDEN_GLOBALS = ['Map', 'Set', 'WeakMap', 'WeakSet', 'Symbol', 'Promise', 'BigInt', 'Proxy', 'Reflect', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'performance', 'require', 'process', 'Buffer'];
const FORBIDDEN_MEMBERS = {
  Math: ['imul', 'clz32', 'fround', 'trunc', 'sign', 'log2', 'log10', 'hypot', 'cbrt', 'expm1', 'log1p'],
  Number: ['isInteger', 'isFinite', 'isNaN', 'parseFloat', 'EPSILON', 'MAX_SAFE_INTEGER'],
  Object: ['freeze', 'is', 'entries', 'values', 'setPrototypeOf'],
  Array: ['from', 'of'],
  ArrayBuffer: ['isView'],
};
const FORBIDDEN_METHODS = ['fill', 'copyWithin', 'toPrecision', 'includes', 'startsWith', 'endsWith', 'padStart', 'padEnd', 'find', 'findIndex'];

function walk(node, visit) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n.type !== 'string') continue;
    visit(n);
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (Array.isArray(v)) for (const c of v) stack.push(c);
      else if (v && typeof v.type === 'string') stack.push(v);
    }
  }
}

// the Espruino bundle drives its loop with Espruino's timers and reaches its modules with require
const BUNDLES = [[BUNDLE, []], ['dist/atomvm-espruino.js', ['setTimeout', 'setInterval', 'require', 'process']]];

for (const [bundle, allowed] of BUNDLES) test(`${bundle} parses as ES5 and uses no disallowed built-ins`, () => {
  assert.ok(existsSync(bundle), 'run npm run build first');
  const src = readFileSync(bundle, 'utf8');
  const ast = acorn.parse(src, { ecmaVersion: 5, sourceType: 'script' });
  // names declared anywhere in the bundle shadow globals (minified locals may be called `Map`)
  const declared = new Set();
  walk(ast, (n) => {
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') declared.add(n.id.name);
    if ((n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') && n.id) declared.add(n.id.name);
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') for (const p of n.params) declared.add(p.name);
    if (n.type === 'CatchClause' && n.param) declared.add(n.param.name);
  });
  const keys = new Set();
  walk(ast, (n) => {
    if (n.type === 'MemberExpression' && !n.computed) keys.add(n.property);
    if (n.type === 'Property' && !n.computed) keys.add(n.key);
  });
  const problems = [];
  walk(ast, (n) => {
    if (n.type === 'Identifier' && !keys.has(n) && FORBIDDEN_GLOBALS.includes(n.name) && !allowed.includes(n.name) && !declared.has(n.name)) problems.push(`global ${n.name} at ${n.start}`);
    if (n.type === 'MemberExpression' && !n.computed) {
      const obj = n.object.type === 'Identifier' ? n.object.name : null;
      const prop = n.property.name;
      if (obj && FORBIDDEN_MEMBERS[obj] && FORBIDDEN_MEMBERS[obj].includes(prop) && !declared.has(obj)) problems.push(`${obj}.${prop} at ${n.start}`);
      if (FORBIDDEN_METHODS.includes(prop)) problems.push(`.${prop} at ${n.start}`);
    }
    if (n.type === 'LabeledStatement') problems.push(`label at ${n.start}`);
    // Espruino rejects `a.length = n` ("Assignment to a constant"): src/vm/arrays.ts setLength
    if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && !n.left.computed && n.left.property.name === 'length') problems.push(`assignment to .length at ${n.start}: ${src.slice(n.start, n.start + 40)}`);
    if (n.type === 'UpdateExpression' && n.argument.type === 'MemberExpression' && !n.argument.computed && n.argument.property.name === 'length') problems.push(`update of .length at ${n.start}`);
  });
  assert.deepEqual(problems, []);
});

test('device code imports no Node APIs', () => {
  const files = [];
  const visit = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) visit(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  visit('src/vm');
  visit('src/device');
  visit('src/platform/espruino');
  visit('firmware/espruino');
  const bad = [];
  for (const f of files) {
    const s = readFileSync(f, 'utf8');
    const re = /(?:from\s+|require\()\s*['"]([^'"]+)['"]/g;
    let m;
    // Espruino's built-in modules (require('Flash') ...) are the device's API, not Node's
    const builtin = (x) => /espruino/.test(f) && ['Flash', 'Storage', 'Wifi', 'net', 'dgram'].includes(x);
    while ((m = re.exec(s))) if (!m[1].startsWith('.') && !builtin(m[1])) bad.push(`${f}: ${m[1]}`);
  }
  assert.deepEqual(bad, []);
});

// Espruino's parser and scopes differ from ES5 (see scripts/espruino_bundle.mjs): its lexer takes
// a few more words as keywords, it hoists no `var`, and it finds names by walking the scope's
// names in declaration order.
test('dist/atomvm-espruino.js suits Espruino: no extra keywords as names, vars declared first, hot names first', () => {
  const src = readFileSync('dist/atomvm-espruino.js', 'utf8');
  const ast = acorn.parse(src, { ecmaVersion: 5, sourceType: 'script' });
  const KEYWORDS = ['of', 'let', 'const', 'class', 'extends', 'static', 'super', 'undefined'];
  const problems = [];
  const fns = [];
  walk(ast, (n) => {
    if (n.type === 'Identifier' && KEYWORDS.includes(n.name) && n.name !== 'undefined') problems.push(`identifier ${n.name} at ${n.start}`);
    if (n.type === 'VariableDeclarator' && n.id.name === 'undefined') problems.push(`var undefined at ${n.start}`);
    if (n.type === 'ForStatement' && n.init && src.startsWith('function', n.init.start)) problems.push(`for init starting with a function at ${n.start}`);
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') fns.push(n);
    // Espruino's lexer reads some numeric literals wrong (model: espruinoNumber)
    if (n.type === 'Literal' && typeof n.value === 'number' && !Object.is(espruinoNumber(n.raw), n.value)) problems.push(`literal ${n.raw} read as ${espruinoNumber(n.raw)}`);
  });
  // in every function, `var` statements come before any other statement (and nowhere below)
  for (const f of fns) {
    let seenOther = false;
    for (const st of f.body.body) {
      if (st.type === 'VariableDeclaration') {
        if (seenOther) problems.push(`var after other statements at ${st.start}`);
      } else if (st.type !== 'FunctionDeclaration') seenOther = true;
    }
    const nested = [];
    for (const st of f.body.body) if (st.type !== 'VariableDeclaration') nested.push(st);
    for (const st of nested) walk(st, (n) => {
      if (n.type === 'VariableDeclaration' && !fns.some((g) => g !== f && g.start <= n.start && n.end <= g.end && f.start <= g.start)) problems.push(`nested var at ${n.start}: ${src.slice(n.start, n.start + 30)}`);
    });
  }
  // the build put its id in (a natives snapshot of another build must not be restored)
  assert.ok(!src.includes('@@AVM_BUILD_ID@@'), 'the build id placeholder is replaced');
  const iife = ast.body[0].declarations[0].init.callee.body.body;
  assert.equal(iife[0].type, 'VariableDeclaration', 'hot names are declared first');
  assert.ok(iife[0].declarations.length >= 50, 'hot names are declared first');
  assert.deepEqual(problems.slice(0, 10), []);
});
