// The host backend (AtomVM's generic_unix): the services `run` offers on a workstation. No
// peripherals (gpio, i2c ... raise undef as on AtomVM's generic_unix); sockets and other event
// sources register here and keep the VM waiting while open.
import { Platform, PFn } from '../../vm/platform';

export interface NodePlatform extends Platform {
  /** open event sources (sockets, listeners): the VM waits for them instead of ending */
  sources: number;
}

/** A host platform; `wake` runs the VM soon (after an event was posted to a process). */
export function nodePlatform(wake: () => void): NodePlatform {
  const services: { [mfa: string]: PFn } = {};
  const pl: NodePlatform = {
    name: 'generic_unix',
    services,
    sources: 0,
    pending: () => pl.sources > 0,
    wake,
  };
  return pl;
}
