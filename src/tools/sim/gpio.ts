// GPIO of the simulated ESP32 (AtomVM's gpio natives): pin modes, pulls, output levels, the
// level read back (own output, else the level driven from outside, else the pull), and interrupts:
// {gpio_interrupt, Pin} to the process that armed them on rising/falling/both edges, or on entering
// a low/high level. The board's LED pins print "[gpio] pin N -> high|low" when they change.
// Port forms (gpio:open/0, set_int/3, set_direction/3 ...) live in src/erlang/gpio.erl over the
// private gpio:nif_* services.
import type { SimCtx, SimGroup } from './services';
import type { PVal } from '../../vm/platform';
import { int, oneOf } from './values';
import { bad, raise } from './values';

type Trigger = 'rising' | 'falling' | 'both' | 'low' | 'high';

interface Pin {
  mode: 'input' | 'output' | 'output_od' | 'input_output' | 'off';
  pull: 'up' | 'down' | 'up_down' | 'floating';
  out: number;
}

const PORT_ID = 1;

export function gpioGroup(ctx: SimCtx): SimGroup {
  const board = ctx.board;
  const pins: { [n: number]: Pin } = {};
  const ints: { [n: number]: { trigger: Trigger; pid: number } } = {};
  const last: { [n: number]: number } = {};
  const leds = board.devices.leds || [2];

  const pinNum = (v: PVal): number => int(v, 0, 39);
  const pinOf = (n: number): Pin => pins[n] || (pins[n] = { mode: 'off', pull: 'floating', out: 0 });
  const levelArg = (v: PVal): number => {
    if (v === 'high' || v === 1) return 1;
    if (v === 'low' || v === 0) return 0;
    return bad();
  };
  /** what the pin reads */
  const level = (n: number): number => {
    const p = pins[n];
    if (p && (p.mode === 'output' || p.mode === 'input_output')) return p.out;
    if (p && p.mode === 'output_od' && p.out === 0) return 0;
    if (board.ext[n] !== undefined) return board.ext[n];
    if (p && (p.pull === 'up' || p.pull === 'up_down')) return 1;
    if (p && p.mode === 'output_od') return 1; // released open drain (pull-up assumed on the line)
    return 0;
  };
  const fire = (n: number, now: number, before: number | undefined) => {
    const i = ints[n];
    if (!i) return;
    const t = i.trigger;
    const changed = before !== undefined && before !== now;
    const hit =
      (t === 'rising' && changed && now === 1) ||
      (t === 'falling' && changed && now === 0) ||
      (t === 'both' && changed) ||
      (t === 'high' && now === 1 && (changed || before === undefined)) ||
      (t === 'low' && now === 0 && (changed || before === undefined));
    if (hit) ctx.post(i.pid, { tuple: ['gpio_interrupt', n] });
  };
  /** re-reads a pin after anything that may change its level */
  const update = (n: number) => {
    const now = level(n);
    const before = last[n];
    last[n] = now;
    if (before !== now && leds.indexOf(n) >= 0 && pins[n] && pins[n].mode !== 'off' && pins[n].mode !== 'input')
      board.note(`[gpio] pin ${n} -> ${now ? 'high' : 'low'}`);
    if (before !== undefined) fire(n, now, before);
  };
  const watcher = (n: number) => update(n);
  board.pinWatchers.push(watcher);
  for (let n = 0; n < 40; n++) last[n] = level(n);

  const setMode = (a: PVal[]): PVal => {
    const n = pinNum(a[0]);
    const m = oneOf(a[1], ['input', 'output', 'output_od', 'input_output'] as const);
    if (n >= 34 && m !== 'input') return bad(); // GPIO34..39 are input only
    pinOf(n).mode = m;
    update(n);
    return 'ok';
  };

  return {
    services: {
      'gpio:set_pin_mode/2': setMode,
      'gpio:set_direction/2': setMode,
      'gpio:set_pin_pull/2': (a) => {
        const n = pinNum(a[0]);
        pinOf(n).pull = oneOf(a[1], ['up', 'down', 'up_down', 'floating'] as const);
        update(n);
        return 'ok';
      },
      'gpio:digital_write/2': (a) => {
        const n = pinNum(a[0]);
        const l = levelArg(a[1]);
        const p = pinOf(n);
        p.out = l;
        update(n);
        return 'ok';
      },
      'gpio:digital_read/1': (a) => (level(pinNum(a[0])) ? 'high' : 'low'),
      'gpio:nif_open/0': () => ({ port: PORT_ID }),
      'gpio:nif_set_int/3': (a) => {
        const n = pinNum(a[0]);
        const t = oneOf(a[1], ['rising', 'falling', 'both', 'low', 'high', 'none'] as const);
        const pid = a[2] as { pid: number };
        if (typeof pid !== 'object' || pid === null || typeof pid.pid !== 'number') return bad();
        if (t === 'none') delete ints[n];
        else {
          ints[n] = { trigger: t, pid: pid.pid };
          fire(n, level(n), undefined);
        }
        return 'ok';
      },
      'gpio:nif_remove_int/1': (a) => {
        delete ints[pinNum(a[0])];
        return 'ok';
      },
    },
    pending: () => Object.keys(ints).length > 0,
    stop: () => {
      const i = board.pinWatchers.indexOf(watcher);
      if (i >= 0) board.pinWatchers.splice(i, 1);
      // a reset releases the LED pins
      for (const n of leds) if (last[n] === 1 && pins[n] && pins[n].mode !== 'input') board.note(`[gpio] pin ${n} -> low`);
    },
  };
}
