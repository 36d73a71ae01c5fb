// Services the interpreter needs from the scheduler and the VM host, filled in at start-up
// (keeps the interpreter free of import cycles).
import { Process } from './process';

export interface Hooks {
  /** Sends msg to dest (pid or registered name); returns msg or NONE (badarg set in p). */
  send: (p: Process, dest: number, msg: number) => number;
  startReceiveTimer: (p: Process, ms: number, timeoutPc: number) => void;
  cancelReceiveTimer: (p: Process) => void;
  /** Loads a module by name (UTF-8 byte string) from the VM's archives; true if loaded. */
  loadModule: (name: string) => boolean;
  /** Writes bytes (a byte string) to the console. */
  write: (s: string) => void;
  /** Writes bytes to the error console (standard_error: stderr on the host, the console on a device). */
  writeErr: (s: string) => void;
  /** true while the platform has open event sources (sockets, interrupts): waiting is not the end */
  ioPending: () => boolean;
}

function nop(): void {}

export const hooks: Hooks = {
  send: function (p: Process, dest: number, msg: number): number {
    return 0;
  },
  startReceiveTimer: nop,
  cancelReceiveTimer: nop,
  loadModule: function (name: string): boolean {
    return false;
  },
  write: nop,
  writeErr: nop,
  ioPending: function (): boolean {
    return false;
  },
};
