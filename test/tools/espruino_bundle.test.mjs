// The Espruino bundle's source transforms (scripts/espruino_bundle.mjs) keep the code's meaning:
// each snippet gives the same result before and after, with every var declared at its function's
// start and no `for` init starting with a function expression.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoistVars } from '../../scripts/espruino_bundle.mjs';
import espruinoBundle from '../../scripts/espruino_bundle.mjs';
import * as acorn from 'acorn';

/** `var` statements found below a function's leading declarations (or inside blocks). */
function lateVars(code) {
  const late = [];
  const visit = (node, inLead) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'VariableDeclaration' && !inLead) late.push(code.slice(node.start, node.end));
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') {
      let lead = true;
      for (const st of node.body.body) {
        if (st.type !== 'VariableDeclaration' && st.type !== 'FunctionDeclaration') lead = false;
        if (st.type === 'VariableDeclaration') {
          if (!lead) late.push(code.slice(st.start, st.end));
          for (const d of st.declarations) visit(d.init, false);
        } else visit(st, false);
      }
      return;
    }
    for (const k of Object.keys(node)) {
      const v = node[k];
      if (Array.isArray(v)) v.forEach((c) => visit(c, false));
      else if (v && typeof v.type === 'string') visit(v, false);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: 5 }), true);
  return late;
}

const SNIPPETS = [
  // a var in a branch not taken, read before and after
  `(function(){ var r = []; function f(c){ r.push(typeof e); if (c) { var e = 1; } e = (e || 0) + 5; r.push(e); return e; } f(false); f(true); return r; })()`,
  // for-init with several declarators, some without a value; for-in
  `(function(){ var out = []; for (var i = 0, j, k = 2; i < 3; i++) { j = i * k; out.push(j); } var o = {a: 1, b: 2}; for (var key in o) out.push(key); return out.concat([typeof j, key]); })()`,
  // a var redeclaring a parameter keeps the argument
  `(function(){ function g(p){ if (p > 1) { var p = p * 10; } return p; } return [g(1), g(2)]; })()`,
  // values holding functions with vars of their own; trailing declarators without values
  `(function(){ function h(x){ if (x) { var a = function(y){ if (y) { var z = y + 1; } return z; }, b, c; return [a(1), a(0), b, c]; } return a; } return [h(1), h(0)]; })()`,
  // declarations in loops and try/catch
  `(function(){ var s = 0; for (var n = 0; n < 4; n++) { try { if (n === 2) throw n; var t = n; } catch (err) { var caught = err; } s += t; } return [s, caught]; })()`,
];

test('hoistVars keeps each snippet\'s result and declares vars first', () => {
  for (const src of SNIPPETS) {
    const out = hoistVars(src);
    assert.deepEqual((0, eval)(out), (0, eval)(src), out);
    assert.deepEqual(lateVars(out), [], out);
    assert.notDeepEqual(lateVars(src), [], 'the snippet has vars to hoist');
  }
});

test('the plugin puts void before a for init that starts with a function expression', () => {
  const code = `var AtomVMEspruino=function(r){function execute(){}function on(a,h){}var C,W,X,getSrc,setDst;` +
    Array.from({ length: 50 }, (_, i) => `on([${i}],function(p,pc){return C[pc]+W[0]+X[0]+getSrc(p,pc)+setDst(p,pc,0)});`).join('') +
    `function g(n){var i;for(function(a){n+=a}(1),i=0;i<n;i++);return n}return{g:g}}();`;
  const out = espruinoBundle().renderChunk(code).code;
  assert.match(out, /for\(void function\(a\)/);
  assert.match(out, /^var AtomVMEspruino=function\(r\)\{var (C|W|X|getSrc|setDst),/);
});
