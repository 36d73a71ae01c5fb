// The device examples run on the simulated board with the behaviour the user guide describes:
// blink toggles the LED on pin 2 every second, esp_random prints the reset reason and random
// binaries (and reports esp_rst_sw after a restart), esp_nvs counts boots in NVS across resets,
// reformat_nvs wipes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { boot, skip, flashFile, ROOT, DIR } from '../vectors/sim/harness';
import { buildCommand } from '../../src/tools/build';

async function build(name: string): Promise<Uint8Array> {
  const out = path.join(DIR, `${name}.avm`);
  const log = console.log;
  console.log = () => {};
  try {
    assert.equal(await buildCommand([path.join(ROOT, 'examples', name), '-o', out]), 0);
  } finally {
    console.log = log;
  }
  return new Uint8Array(fs.readFileSync(out));
}

test('blink: the LED on pin 2 goes high and low about once a second', { skip }, async () => {
  const r = boot(await build('blink'));
  const t0 = Date.now();
  await r.until(/(\[gpio\] pin 2 -> (high|low)\r\n[^]*){4}/, 60000);
  const ev = r.board.events.filter((e) => e.startsWith('[gpio] pin 2'));
  assert.deepEqual(ev.slice(0, 4), ['[gpio] pin 2 -> high', '[gpio] pin 2 -> low', '[gpio] pin 2 -> high', '[gpio] pin 2 -> low']);
  assert.ok(Date.now() - t0 >= 2500, 'three toggles take about three seconds');
});

test('esp_random: the reset reason, random binaries; after a restart esp_rst_sw', { skip }, async () => {
  const r = boot(await build('esp_random'));
  const out = await r.until(/Random bytes: .*\r\n|Restarting/, 60000);
  assert.match(out, /Reset reason: esp_rst_poweron\r\n/);
  r.board.restart();
  await r.until(/Reset reason: esp_rst_sw\r\n/, 60000);
});

test('esp_nvs: the boot count grows across resets and runs; reformat_nvs clears it', { skip }, async () => {
  const file = flashFile();
  let r = boot(await build('esp_nvs'), {}, file);
  await r.until(/Return value: ok\r\n/, 60000);
  assert.match(r.out(), /Saving count 0 to NVS\.\.\.\r\nReset device to increment\.\r\n/);
  r.board.restart();
  await r.until(/Saving count 1 to NVS/, 60000);
  r.board.shutdown();
  r = boot(null, {}, file);
  await r.until(/Saving count 2 to NVS[^]*Return value: ok\r\n/, 60000);
  r.board.shutdown();
  r = boot(await build('reformat_nvs'), {}, file);
  await r.until(/Warning: Reformatted NVS partition!\r\nReturn value: ok\r\n/, 60000);
  r.board.shutdown();
  r = boot(await build('esp_nvs'), {}, file);
  await r.until(/Saving count 0 to NVS/, 60000);
});
