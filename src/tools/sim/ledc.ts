// LED control (PWM) of the simulated ESP32, AtomVM's ledc natives: timers (frequency, duty
// resolution), channels bound to a pin and a timer, duty set then applied by update_duty, and
// fades over time (get_duty follows the fade). Applied duties show on the console:
// "[ledc] channel 0 (pin 2) duty 4096/8191".
import type { SimCtx, SimGroup } from './services';
import type { PVal } from '../../vm/platform';
import { int, prop, err } from './values';

interface Timer {
  bits: number;
  freq: number;
}
interface Channel {
  pin: number;
  timer: number;
  duty: number; // applied
  next: number; // set, not yet applied
  fade: { from: number; to: number; t0: number; ms: number } | null;
  pendingFade: { to: number; ms: number } | null;
}

export function ledcGroup(ctx: SimCtx): SimGroup {
  const board = ctx.board;
  const timers: { [k: string]: Timer } = {};
  const chans: { [k: string]: Channel } = {};
  const ends: ReturnType<typeof setTimeout>[] = [];
  let faderInstalled = false;

  const mode = (v: PVal | undefined) => int(v, 0, 1);
  const chan = (m: PVal, c: PVal): Channel | null => chans[`${mode(m)}/${int(c, 0, 7)}`] || null;
  const maxDuty = (c: Channel) => {
    const t = timers[`${c.timer}`];
    return t ? (1 << t.bits) - 1 : 0;
  };
  const current = (c: Channel): number => {
    const f = c.fade;
    if (!f) return c.duty;
    const k = Math.min(1, (ctx.millis() - f.t0) / Math.max(1, f.ms));
    return Math.round(f.from + (f.to - f.from) * k);
  };
  const show = (name: string, c: Channel) => board.note(`[ledc] channel ${name} (pin ${c.pin}) duty ${c.duty}/${maxDuty(c)}`);
  const startFade = (name: string, c: Channel, to: number, ms: number) => {
    c.fade = { from: current(c), to, t0: ctx.millis(), ms };
    board.note(`[ledc] channel ${name} (pin ${c.pin}) fade to ${to} over ${ms} ms`);
    const t = setTimeout(() => {
      if (c.fade && c.fade.to === to) {
        c.fade = null;
        c.duty = c.next = to;
        show(name, c);
      }
    }, ms);
    t.unref();
    ends.push(t);
  };
  const name = (m: PVal, c: PVal) => `${int(c, 0, 7)}${mode(m) === 1 ? ' low speed' : ''}`;

  return {
    services: {
      'ledc:timer_config/1': (a) => {
        const o = a[0];
        const bits = int(prop(o, 'duty_resolution'), 1, 20);
        const freq = int(prop(o, 'freq_hz'), 1, 40000000);
        mode(prop(o, 'speed_mode'));
        const n = int(prop(o, 'timer_num'), 0, 3);
        timers[`${n}`] = { bits, freq };
        return 'ok';
      },
      'ledc:channel_config/1': (a) => {
        const o = a[0];
        const c = int(prop(o, 'channel'), 0, 7);
        const m = mode(prop(o, 'speed_mode'));
        const pin = int(prop(o, 'gpio_num'), 0, 33);
        const t = int(prop(o, 'timer_sel'), 0, 3);
        const duty = int(prop(o, 'duty') ?? 0, 0);
        int(prop(o, 'hpoint') ?? 0, 0);
        if (!timers[`${t}`]) return err('invalid_state');
        const ch: Channel = { pin, timer: t, duty, next: duty, fade: null, pendingFade: null };
        chans[`${m}/${c}`] = ch;
        show(name(m, c), ch);
        return 'ok';
      },
      'ledc:set_duty/3': (a) => {
        const c = chan(a[0], a[1]);
        const d = int(a[2], 0);
        if (!c) return err('invalid_state');
        c.next = Math.min(d, maxDuty(c));
        return 'ok';
      },
      'ledc:update_duty/2': (a) => {
        const c = chan(a[0], a[1]);
        if (!c) return err('invalid_state');
        c.fade = null;
        c.duty = c.next;
        show(name(a[0], a[1]), c);
        return 'ok';
      },
      'ledc:set_duty_and_update/4': (a) => {
        const c = chan(a[0], a[1]);
        const d = int(a[2], 0);
        int(a[3], 0);
        if (!c) return err('invalid_state');
        c.fade = null;
        c.duty = c.next = Math.min(d, maxDuty(c));
        show(name(a[0], a[1]), c);
        return 'ok';
      },
      'ledc:get_duty/2': (a) => {
        const c = chan(a[0], a[1]);
        if (!c) return err('invalid_state');
        return current(c);
      },
      'ledc:set_freq/3': (a) => {
        mode(a[0]);
        const t = timers[`${int(a[1], 0, 3)}`];
        if (!t) return err('invalid_state');
        t.freq = int(a[2], 1, 40000000);
        return 'ok';
      },
      'ledc:get_freq/2': (a) => {
        mode(a[0]);
        const t = timers[`${int(a[1], 0, 3)}`];
        return t ? t.freq : 0;
      },
      'ledc:stop/3': (a) => {
        const c = chan(a[0], a[1]);
        const idle = int(a[2], 0, 1);
        if (!c) return err('invalid_state');
        c.fade = null;
        c.duty = c.next = idle ? maxDuty(c) : 0;
        show(name(a[0], a[1]), c);
        return 'ok';
      },
      'ledc:fade_func_install/1': (a) => {
        int(a[0], 0);
        faderInstalled = true;
        return 'ok';
      },
      'ledc:fade_func_uninstall/0': () => {
        faderInstalled = false;
        return 'ok';
      },
      'ledc:set_fade_with_time/4': (a) => {
        const c = chan(a[0], a[1]);
        const to = int(a[2], 0);
        const ms = int(a[3], 0);
        if (!c || !faderInstalled) return err('invalid_state');
        c.pendingFade = { to: Math.min(to, maxDuty(c)), ms };
        return 'ok';
      },
      'ledc:set_fade_with_step/5': (a) => {
        const c = chan(a[0], a[1]);
        const to = int(a[2], 0);
        const scale = int(a[3], 1);
        const cycles = int(a[4], 1);
        if (!c || !faderInstalled) return err('invalid_state');
        const t = timers[`${c.timer}`];
        const steps = Math.ceil(Math.abs(to - current(c)) / scale);
        c.pendingFade = { to: Math.min(to, maxDuty(c)), ms: Math.round((steps * cycles * 1000) / Math.max(1, t.freq)) };
        return 'ok';
      },
      'ledc:fade_start/3': (a) => {
        const c = chan(a[0], a[1]);
        int(a[2], 0, 1);
        if (!c || !c.pendingFade) return err('invalid_state');
        startFade(name(a[0], a[1]), c, c.pendingFade.to, c.pendingFade.ms);
        c.pendingFade = null;
        return 'ok';
      },
      'ledc:set_fade_time_and_start/5': (a) => {
        const c = chan(a[0], a[1]);
        const to = int(a[2], 0);
        const ms = int(a[3], 0);
        int(a[4], 0, 1);
        if (!c || !faderInstalled) return err('invalid_state');
        startFade(name(a[0], a[1]), c, Math.min(to, maxDuty(c)), ms);
        return 'ok';
      },
    },
    stop: () => {
      for (const t of ends) clearTimeout(t);
    },
  };
}

