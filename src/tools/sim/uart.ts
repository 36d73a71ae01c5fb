import type { SimCtx, SimGroup } from './services';
export function uartGroup(_ctx: SimCtx): SimGroup { return { services: {} }; }
