// The host backend (AtomVM's generic_unix): the services `run` offers on a workstation. No
// peripherals (gpio, i2c ... raise undef as on AtomVM's generic_unix); TCP and UDP sockets
// (sockets.ts, under gen_tcp, gen_udp and inet) and other event sources register here and keep
// the VM waiting while open.
import { Platform, PFn, vmPost } from '../../vm/platform';
import { processOf } from '../../vm/scheduler';
import { netServices } from './sockets';

export interface NodePlatform extends Platform {
  /** open event sources (listeners of other kinds): the VM waits for them instead of ending */
  sources: number;
  /** closes every socket (when the VM has ended) */
  close(): void;
}

/** A host platform; `wake` runs the VM soon (after an event was posted to a process). */
export function nodePlatform(wake: () => void): NodePlatform {
  const services: { [mfa: string]: PFn } = {};
  const sockets = netServices({ post: vmPost, alive: (id) => processOf((id << 4) | 3) !== null });
  for (const k in sockets.services) services[k] = sockets.services[k];
  const pl: NodePlatform = {
    name: 'generic_unix',
    services,
    sources: 0,
    pending: () => sockets.pending() || pl.sources > 0,
    wake,
    close: () => sockets.closeAll(),
  };
  return pl;
}
