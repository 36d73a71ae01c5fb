// monitor --devices / --stimulus on a sim: port: the stimulus presses a button (pin 4 interrupt)
// and the app reads the devices file's I2C sensor; the LED shows on the console; usage errors.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runMonitor, monitorCommand } from '../../src/tools/monitor';
import { forgetSimBoards } from '../../src/tools/sim/binding';
import { loadDevices } from '../../src/tools/sim/devices';
import { Stimulus } from '../../src/tools/sim/stimulus';
import { appAvm, flashApp, skip, DIR } from '../vectors/sim/harness';

after(() => forgetSimBoards());

test('monitor with a devices file and a stimulus script', { skip }, async () => {
  const app = appAvm({
    btn: `-module(btn).
-export([start/0]).
start() ->
    gpio:set_pin_mode(2, output),
    gpio:set_pin_mode(4, input),
    ok = gpio:set_int(gpio:open(), 4, falling),
    io:format("press the button~n"),
    receive {gpio_interrupt, 4} -> ok end,
    gpio:digital_write(2, high),
    I2C = i2c:open([{sda, 21}, {scl, 22}, {clock_speed_hz, 400000}]),
    {ok, <<T:16>>} = i2c:read_bytes(I2C, 16#40, 16#E3, 2),
    T.
`,
  });
  const file = flashApp(app);
  const dev = path.join(DIR, 'devices.json');
  fs.writeFileSync(dev, JSON.stringify({ leds: [2], i2c: [{ name: 'si7021', address: '0x40', registers: { '0xE3': [0x66, 0x4c] } }] }));
  const stim = path.join(DIR, 'button.txt');
  fs.writeFileSync(stim, '# the button pulls pin 4 low\n0 pin 4 high\nwait press the button\n+50 pin 4 low\n');
  let out = '';
  const code = await runMonitor({
    port: `sim:${file}`,
    baud: 115200,
    reset: true,
    timeoutS: 60,
    untilEnd: true,
    input: null,
    output: (b) => (out += b.toString('latin1')),
    info: () => {},
    stripCr: true,
    devices: loadDevices(dev),
    stimulus: Stimulus.load(stim),
  });
  assert.match(out, /press the button\n\[gpio\] pin 2 -> high\nReturn value: 26188\n/);
  assert.equal(code, 1, 'a return value other than ok');
});

test('monitor: --stimulus and --devices errors', async () => {
  const errs: string[] = [];
  const oe = console.error;
  console.error = (s: string) => errs.push(s);
  try {
    fs.writeFileSync(path.join(DIR, 'bad.txt'), 'jump 3\n');
    assert.equal(await monitorCommand(['--port', `sim:${path.join(DIR, 'x.bin')}`, '--stimulus', path.join(DIR, 'bad.txt')]), 2);
    assert.equal(await monitorCommand(['--port', `sim:${path.join(DIR, 'x.bin')}`, '--devices', path.join(DIR, 'nope.json')]), 2);
    assert.equal(await monitorCommand(['--port', '/dev/ttyNOPE0', '--stimulus', path.join(DIR, 'bad.txt')]), 2);
  } finally {
    console.error = oe;
  }
  assert.match(errs[0], /bad\.txt:1: unknown command jump/);
  assert.match(errs[1], /nope\.json: ENOENT/);
  assert.match(errs[2], /--devices and --stimulus are for the simulated board/);
});
