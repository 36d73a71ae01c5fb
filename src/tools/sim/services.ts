// Device services of the simulated ESP32, implemented here on the Node side of the board and
// forwarded into the VM bundle through the `board` global (src/platform/sim/board.ts):
//
//   VM (ES5 bundle, src/platform/sim/platform.ts)          Node (this directory)
//   board.services() -> names        ------------------>   every group's service names
//   gpio:digital_write(2, high)  ->  board.call(name, args, pid)  ->  the group's function
//   vmPost(pid, msg)             <-  sim.post(...) from the driver loop  <-  ctx.post(pid, msg)
//
// A service group is a factory called at every boot of the VM (a restart starts from fresh state;
// what must survive lives on the SimBoard or in its flash). It returns its services by AtomVM's name
// `module:function/arity` (src/vm/platform.ts: plain JS values in and out, throw `bad()` /
// `raise(Reason)` to raise in the caller; values.ts), whether it holds a source of future events (pending: the VM
// then waits for I/O instead of ending) and how to stop (the board resets or powers off).
//
// To add a group: write `src/tools/sim/NAME.ts` exporting `function NAMEGroup(ctx: SimCtx): SimGroup`,
// import it below and add one line to SERVICE_GROUPS. Events go to processes with ctx.post(pid, msg)
// at any time (from a Node callback, a timer ...): they are queued and delivered by the driver loop
// between VM slices, which wakes when something is posted.
import * as crypto from 'crypto';
import type { SimBoard } from './board';
import type { PVal } from '../../vm/platform';
import { raise } from './values';
import { gpioGroup } from './gpio';
import { i2cGroup, spiGroup } from './bus';
import { uartGroup } from './uart';
import { ledcGroup } from './ledc';
import { espGroup } from './esp';
import { netGroup } from './net';

/** A service: arguments (plain JS values, see src/vm/platform.ts) and the caller's pid in, a value out. */
export type SimFn = (args: PVal[], pid: number) => PVal;

export interface SimGroup {
  services: { [mfa: string]: SimFn };
  /** true while the group may still post events (an interrupt armed, a reader waiting, a socket open) */
  pending?: () => boolean;
  /** extra keys of erlang:system_info/1 (undefined: not this group's) */
  systemInfo?: (key: string) => PVal | undefined;
  /** the VM stops (reset, power off, restart): close what is open */
  stop?: () => void;
}

export interface SimCtx {
  board: SimBoard;
  /** queues a message for the process with this id (delivered between slices; wakes the loop) */
  post(pid: number, msg: PVal): void;
  /** whether the process with this id is alive (a socket of a dead owner gets closed) */
  alive(pid: number): boolean;
  /** milliseconds since this boot */
  millis(): number;
  /** where a partition of the board's flash is (its table, else the default layout) */
  partition(label: string): { offset: number; size: number } | null;
}

export type SimGroupFactory = (ctx: SimCtx) => SimGroup;

/** The groups every boot gets, one line each. */
export const SERVICE_GROUPS: SimGroupFactory[] = [
  gpioGroup, // gpio: pins, the LED, interrupts from the stimulus
  i2cGroup, // i2c: device models from the devices file
  spiGroup, // spi: device models from the devices file
  uartGroup, // uart: UART1/UART2 to files, pipes or a loopback
  ledcGroup, // ledc: PWM channels and fades
  espGroup, // esp: NVS in the flash's nvs partition, restart, deep sleep, system_info esp_*
  netGroup, // network (WiFi STA/AP, SNTP) and gen_tcp/gen_udp sockets on 127.0.0.1
];


/** The services of one boot. */
export interface SimRuntime {
  names: string[];
  call(name: string, args: PVal[], pid: number): PVal;
  pending(): boolean;
  systemInfo(key: string): PVal | undefined;
  random(): number;
  stop(): void;
}

export function startServices(board: SimBoard, ctx: SimCtx, factories: SimGroupFactory[] = SERVICE_GROUPS): SimRuntime {
  const groups: SimGroup[] = factories.map((f) => f(ctx));
  const table: { [mfa: string]: SimFn } = Object.create(null);
  for (const g of groups)
    for (const k of Object.keys(g.services)) {
      if (table[k]) throw new Error(`simulator: service ${k} is defined twice`);
      table[k] = g.services[k];
    }
  return {
    names: Object.keys(table),
    call(name, args, pid) {
      const f = table[name];
      if (!f) return raise('undef');
      return f(args, pid);
    },
    pending() {
      for (const g of groups) if (g.pending && g.pending()) return true;
      return false;
    },
    systemInfo(key) {
      for (const g of groups)
        if (g.systemInfo) {
          const v = g.systemInfo(key);
          if (v !== undefined) return v;
        }
      return undefined;
    },
    random() {
      return crypto.randomBytes(4).readUInt32LE(0);
    },
    stop() {
      for (const g of groups)
        try {
          if (g.stop) g.stop();
        } catch (_) {
          // stopping never fails the board
        }
    },
  };
}
