// The atom table: interning is idempotent, distinct names stay distinct (also names the hash sees
// alike: same length, same first and last four bytes), lookups of unknown names miss, and the
// table keeps working as it grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomsInit, atomIntern, atomLookup, atomName, atomCount } from '../../src/vm/atoms';

test('interning: idempotent, distinct names distinct, lookups miss unknown names, growth keeps all', () => {
  atomsInit();
  const base = atomCount();
  const names: string[] = [];
  for (let i = 0; i < 5000; i++) names.push('abcd_' + String(i).padStart(6, '0') + '_wxyz'); // hash-alike
  for (let i = 0; i < 300; i++) names.push('n' + i);
  names.push('', '\u00e9t\u00e9', 'x'.repeat(1020));
  const idx = names.map((n) => atomIntern(n));
  assert.equal(new Set(idx).size, names.length);
  assert.equal(atomCount(), base + names.length);
  names.forEach((n, i) => {
    assert.equal(atomName(idx[i]), n);
    assert.equal(atomIntern(n), idx[i]);
    assert.equal(atomLookup(n), idx[i]);
  });
  assert.equal(atomLookup('abcd_999999_wxyz'), -1);
  assert.equal(atomLookup('never_seen'), -1);
  assert.equal(atomCount(), base + names.length);
  // a fresh table starts over
  atomsInit();
  assert.equal(atomCount(), base);
  assert.equal(atomLookup('n1'), -1);
});
