// Rollup plugin for the Espruino bundle (runs on terser's unmangled output):
// 1. A `for` whose init starts with a function expression (terser makes `for(function(a){...}(x),
//    i = 0; ...)` out of an inlined call) is a syntax error for Espruino: `void ` goes before it.
// 2. Espruino hoists no `var`: a name counts from the statement declaring it, so assigning a local
//    before that, or on a path that skipped it, writes an outer variable of the same name (measured:
//    `function f(){ if (false) { var e } e = 5 }` sets the global e). terser's hoist_vars leaves
//    functions with a single `var` alone, so every `var` below a function's leading declarations
//    becomes assignments here and its names are declared at the function's start.
// 3. Every top-level name is declared up front, the interpreter's hot names first, then the rest
//    by how often the bundle refers to them (a reference in a loop weighs more).
//
// 4. (espruinoNumbers, after the last minifier) Numeric literals Espruino would read wrong are
//    written as exact expressions. Espruino reads an integer literal into a 64-bit integer (2^64
//    wraps to 0) and a decimal one digit by digit in doubles, `v += mul * d` with mul /= 10 and
//    an exponent applied as repeated *10 or /10 (jsutils.c stringToFloatWithRadix), so
//    2.220446049250313e-16 is not 2^-52 and 18446744073709552e3 is not 2^64 there.
//
// Espruino finds a variable by walking its scope's names as a linked list, in the order they were
// declared. The bundle's function scope holds ~1,000 names, so a name declared late costs ~60 us
// a lookup on the Linux build against ~7 us for one declared first (measured). The instruction
// handlers look up C, W, X, getSrc, ... on every instruction; a leading `var a,b,...;` puts those
// names at the head of the list (the later `function`/`var` declarations reuse them).
//
// The hot names are found in the bundle itself: the top-level names referenced by the instruction
// handlers (the functions registered with on()/onRange() in src/vm/interp.ts) and by execute(),
// then by the top-level functions those call, ranked by how often they are referenced.
import * as acorn from 'acorn';
import { createHash } from 'node:crypto';

const MAX_NAMES = 120;
const BOOT_ROOTS = ['defNative', 'nativeFind', 'atomIntern'];
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement']);
const LOOP_WEIGHT = 8;

/** The iife's function body in `var Name = function (exports) { ... }(...)`. */
function iifeBody(ast) {
  const st = ast.body[0];
  const init = st && st.type === 'VariableDeclaration' ? st.declarations[0].init : null;
  const fn = init && init.type === 'CallExpression' ? init.callee : null;
  if (!fn || fn.type !== 'FunctionExpression') throw new Error('espruino hot names: the bundle is not `var X = function(){...}()`');
  return fn.body;
}

/** Calls visit(node, parent) for every node below `node`. */
function walk(node, visit, parent) {
  visit(node, parent);
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') walk(c, visit, node);
    } else if (v && typeof v.type === 'string') walk(v, visit, node);
  }
}

/** Names declared inside fn (parameters, vars, inner functions): they shadow top-level names. */
function localNames(fn) {
  const names = new Set();
  walk(fn, (n) => {
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') {
      if (n.id && n !== fn) names.add(n.id.name);
      for (const p of n.params) names.add(p.name);
    } else if (n.type === 'VariableDeclarator') names.add(n.id.name);
    else if (n.type === 'CatchClause' && n.param) names.add(n.param.name);
  });
  return names;
}

/** Identifier references in fn's body that name top-level declarations, with their counts. */
function references(fn, topLevel, counts) {
  const local = localNames(fn);
  walk(fn.body, (n, parent) => {
    if (n.type !== 'Identifier' || !topLevel.has(n.name) || local.has(n.name)) return;
    if (parent && parent.type === 'MemberExpression' && parent.property === n && !parent.computed) return;
    if (parent && parent.type === 'Property' && parent.key === n) return;
    counts.set(n.name, (counts.get(n.name) || 0) + 1);
  });
}

export function hotNames(code) {
  const ast = acorn.parse(code, { ecmaVersion: 5 });
  const body = iifeBody(ast);
  const decls = new Map(); // top-level function name -> node
  const topLevel = new Set();
  for (const st of body.body) {
    if (st.type === 'FunctionDeclaration') {
      decls.set(st.id.name, st);
      topLevel.add(st.id.name);
    } else if (st.type === 'VariableDeclaration') for (const d of st.declarations) topLevel.add(d.id.name);
  }
  // roots: execute() and every handler registered with on(ops, h) / onRange(lo, hi, h)
  const roots = [];
  if (decls.has('execute')) roots.push(decls.get('execute'));
  walk(body, (n) => {
    if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier') return;
    if (n.callee.name !== 'on' && n.callee.name !== 'onRange') return;
    const h = n.arguments[n.arguments.length - 1];
    if (h && h.type === 'FunctionExpression') roots.push(h);
    else if (h && h.type === 'Identifier' && decls.has(h.name)) roots.push(decls.get(h.name));
  });
  if (roots.length < 50) throw new Error('espruino hot names: found ' + roots.length + ' instruction handlers; did interp.ts change?');
  const counts = new Map();
  for (const r of roots) references(r, topLevel, counts);
  // one level down: the functions the handlers call
  const direct = Array.from(counts.keys()).filter((n) => decls.has(n));
  for (const n of direct) references(decls.get(n), topLevel, counts);
  // (rollup renames a name two modules declare: X may be X$1)
  for (const must of ['C', 'W', 'X', 'getSrc', 'setDst']) {
    if (!Array.from(counts.keys()).some((n) => n === must || n.startsWith(must + '$'))) throw new Error('espruino hot names: ' + must + ' is not referenced by the handlers; was it renamed?');
  }
  const hot = Array.from(counts.entries()).sort((a, b) => b[1] - a[1]).slice(0, MAX_NAMES).map((e) => e[0]);
  // then the names registering natives and interning atoms look up (~600 natives are named at
  // start, ~40 lookups each), and the functions they call
  const boot = new Map();
  for (const r of BOOT_ROOTS) if (decls.has(r)) references(decls.get(r), topLevel, boot);
  for (const n of Array.from(boot.keys())) if (decls.has(n)) references(decls.get(n), topLevel, boot);
  for (const r of BOOT_ROOTS) if (decls.has(r)) boot.set(r, Infinity);
  const hotSet0 = new Set(hot);
  for (const [n] of Array.from(boot.entries()).sort((a, b) => b[1] - a[1])) if (!hotSet0.has(n)) hot.push(n);
  // then every other top-level name, the most referenced first (natives' registration, the loader,
  // the collector ... look names up as well)
  const all = countAll(iifeFn(ast), topLevel);
  const hotSet = new Set(hot);
  const rest = Array.from(topLevel).filter((n) => !hotSet.has(n));
  rest.sort((a, b) => (all.get(b) || 0) - (all.get(a) || 0));
  return hot.concat(rest);
}

function iifeFn(ast) {
  return ast.body[0].declarations[0].init.callee;
}

/** References to each top-level name in the whole bundle, minus those a local of the same name shadows. */
function countAll(iife, topLevel) {
  const counts = new Map();
  const visitFn = (fn, shadow) => {
    // names fn declares itself (params, vars, inner function declarations), not its inner functions'
    const own = new Set();
    if (fn !== iife) {
      for (const p of fn.params) own.add(p.name);
      if (fn.type === 'FunctionExpression' && fn.id) own.add(fn.id.name);
      walkWithParent(fn.body, (n) => {
        if (n.type === 'FunctionDeclaration') {
          own.add(n.id.name);
          return false;
        }
        if (n.type === 'FunctionExpression') return false;
        if (n.type === 'VariableDeclarator') own.add(n.id.name);
        if (n.type === 'CatchClause' && n.param) own.add(n.param.name);
        return true;
      });
    }
    let sh = shadow;
    if (own.size > 0) {
      sh = new Set(shadow);
      for (const n of own) if (topLevel.has(n)) sh.add(n);
    }
    // a reference inside a loop counts LOOP_WEIGHT times per loop level around it
    const count = (node, depth) => {
      walkWithParent(node, (n, parent) => {
        if (n !== node && (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression')) {
          visitFn(n, sh);
          return false;
        }
        if (n !== node && LOOPS.has(n.type)) {
          count(n, depth + 1);
          return false;
        }
        if (n.type !== 'Identifier' || !topLevel.has(n.name) || sh.has(n.name)) return true;
        if (parent && parent.type === 'MemberExpression' && parent.property === n && !parent.computed) return true;
        if (parent && parent.type === 'Property' && parent.key === n) return true;
        counts.set(n.name, (counts.get(n.name) || 0) + Math.pow(LOOP_WEIGHT, depth));
        return true;
      });
    };
    count(fn.body, 0);
  };
  visitFn(iife, new Set());
  return counts;
}

/** Offsets where `void ` must go: `for` inits that start with a function expression. */
function forInitFixes(ast) {
  const at = [];
  walk(ast, (n) => {
    if (n.type !== 'ForStatement' || !n.init || n.init.type === 'VariableDeclaration') return;
    let e = n.init;
    // the leftmost node of the init expression
    for (;;) {
      if (e.type === 'SequenceExpression') e = e.expressions[0];
      else if (e.type === 'CallExpression') e = e.callee;
      else if (e.type === 'MemberExpression') e = e.object;
      else if (e.type === 'AssignmentExpression' || e.type === 'BinaryExpression' || e.type === 'LogicalExpression') e = e.left;
      else if (e.type === 'ConditionalExpression') e = e.test;
      else break;
    }
    if (e.type === 'FunctionExpression' && e.start === n.init.start) at.push(n.init.start);
  });
  return at;
}

/** Declares every function's vars at its start (see 2 above); returns the new code. */
export function hoistVars(code) {
  const ast = acorn.parse(code, { ecmaVersion: 5 });
  const edits = []; // [start, end, text], disjoint
  const fns = [];
  walk(ast, (n) => {
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') fns.push(n);
  });
  for (const f of fns) {
    const params = new Set(f.params.map((p) => p.name));
    const body = f.body.body;
    let lead = 0; // the leading run of declarations stays as it is
    while (lead < body.length && (body[lead].type === 'VariableDeclaration' || body[lead].type === 'FunctionDeclaration')) lead++;
    const names = [];
    const visit = (n, parent) => {
      if (n !== f && (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression')) return false;
      if (n.type !== 'VariableDeclaration') return true;
      for (const d of n.declarations) if (!params.has(d.id.name) && !names.includes(d.id.name)) names.push(d.id.name);
      // only the `var` keyword and the declarators without a value go: the values (which may hold
      // functions with edits of their own) stay in place
      const ds = n.declarations;
      if (ds.every((d) => !d.init) && !(parent && parent.type === 'ForInStatement')) {
        const forInit = parent && parent.type === 'ForStatement' && parent.init === n;
        edits.push([n.start, n.end, forInit ? '' : ';']);
        return true;
      }
      edits.push([n.start, n.start + 3, '']);
      let last = ds.length - 1;
      while (last >= 0 && !ds[last].init) last--;
      if (last < 0) return true; // for (var k in o)
      for (let i = 0; i < last; i++) if (!ds[i].init) edits.push([ds[i].start, ds[i + 1].start, '']);
      if (last < ds.length - 1) edits.push([ds[last].end, ds[ds.length - 1].end, '']);
      return true;
    };
    for (let i = lead; i < body.length; i++) walkWithParent(body[i], visit, f.body);
    if (names.length > 0) edits.push([f.body.start + 1, f.body.start + 1, 'var ' + names.join(',') + ';']);
  }
  edits.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  for (const [start, end, text] of edits) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

/** Like walk, but visit(node, parent) returning false skips the node's children. */
function walkWithParent(node, visit, parent) {
  if (visit(node, parent) === false) return;
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') walkWithParent(c, visit, node);
    } else if (v && typeof v.type === 'string') walkWithParent(v, visit, node);
  }
}


/** The value Espruino gives the numeric literal `raw` (a model of its lexer, see 4 above). */
export function espruinoNumber(raw) {
  const t = raw.replace(/_/g, '');
  if (/^0[xXbBoO]/.test(t) || !/[.eE]/.test(t)) {
    // an integer token: digits into a wrapping 64-bit integer, then to a double (rounded)
    let radix = 10;
    let s = t;
    if (/^0[xX]/.test(t)) (radix = 16), (s = t.slice(2));
    else if (/^0[bB]/.test(t)) (radix = 2), (s = t.slice(2));
    else if (/^0[oO]/.test(t)) (radix = 8), (s = t.slice(2));
    else if (t.length > 1 && t[0] === '0') (radix = /[89]/.test(t) ? 10 : 8), (s = t.slice(1));
    let v = 0n;
    for (const ch of s) v = BigInt.asIntN(64, v * BigInt(radix) + BigInt(parseInt(ch, radix)));
    return Number(v);
  }
  let i = 0;
  let v = 0;
  let mul = 0.1;
  while (i < t.length && t[i] >= '0' && t[i] <= '9') v = v * 10 + (t.charCodeAt(i++) - 48);
  if (t[i] === '.') {
    i++;
    while (i < t.length && t[i] >= '0' && t[i] <= '9') {
      v += mul * (t.charCodeAt(i++) - 48);
      mul /= 10;
    }
  }
  if (t[i] === 'e' || t[i] === 'E') {
    i++;
    const neg = t[i] === '-';
    if (t[i] === '-' || t[i] === '+') i++;
    let e = 0;
    while (i < t.length && t[i] >= '0' && t[i] <= '9') e = e * 10 + (t.charCodeAt(i++) - 48);
    if (neg) e = -e;
    for (; e > 0; e--) v *= 10;
    for (; e < 0; e++) v /= 10;
  }
  return v;
}

/**
 * An expression Espruino evaluates to exactly x (finite, > 0): an integer of at most 53 bits
 * times or divided by powers of two written as integers below 2^63, which it reads exactly
 * (each step is exact: a power of two only moves the exponent).
 */
export function exactExpression(x) {
  if (Number.isInteger(x) && x <= 2 ** 53) return String(x);
  // x = m * 2^e with m an integer below 2^53
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) (m *= 2), e--; // exact: doubling a double
  while (m > 2 ** 53) (m /= 2), e++; // exact: m is even here (a double above 2^53 is)
  let out = '(' + m;
  let big = BigInt(Math.abs(e));
  const op = e < 0 ? '/' : '*';
  while (big > 0n) {
    const k = big > 62n ? 62n : big;
    out += op + String(1n << k);
    big -= k;
  }
  return out + ')';
}

/** Rewrites every numeric literal Espruino would read wrong (see 4 above); returns the code. */
export function exactNumbers(code) {
  const edits = [];
  walk(acorn.parse(code, { ecmaVersion: 5 }), (n) => {
    if (n.type !== 'Literal' || typeof n.value !== 'number') return;
    if (Object.is(espruinoNumber(n.raw), n.value)) return;
    edits.push([n.start, n.end, exactExpression(n.value)]);
  });
  for (let i = edits.length - 1; i >= 0; i--) code = code.slice(0, edits[i][0]) + edits[i][2] + code.slice(edits[i][1]);
  return code;
}

const BUILD_ID = '@@AVM_BUILD_ID@@';

/** Plugin: the build's id (firmware/espruino/boot.ts BUILD_ID) becomes a hash of the final code. */
export function espruinoBuildId() {
  return {
    name: 'espruino-build-id',
    renderChunk(code) {
      if (!code.includes(BUILD_ID)) throw new Error('espruino build id: ' + BUILD_ID + ' is not in the bundle');
      const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
      return { code: code.split(BUILD_ID).join(id), map: null };
    },
  };
}

/** Plugin: exactNumbers on the final code (after the last minifier, which would reprint them). */
export function espruinoNumbers() {
  return {
    name: 'espruino-numbers',
    renderChunk(code) {
      return { code: exactNumbers(code), map: null };
    },
  };
}

export default function espruinoBundle() {
  return {
    name: 'espruino-bundle',
    renderChunk(code) {
      const fixes = forInitFixes(acorn.parse(code, { ecmaVersion: 5 }));
      for (let i = fixes.length - 1; i >= 0; i--) code = code.slice(0, fixes[i]) + 'void ' + code.slice(fixes[i]);
      code = hoistVars(code);
      const names = hotNames(code);
      const body = iifeBody(acorn.parse(code, { ecmaVersion: 5 }));
      // after a leading "use strict" directive, if any
      const first = body.body[0];
      const at = first && first.directive ? first.end : body.start + 1;
      return { code: code.slice(0, at) + 'var ' + names.join(',') + ';' + code.slice(at), map: null };
    },
  };
}
