import type { SimCtx, SimGroup } from './services';
export function ledcGroup(_ctx: SimCtx): SimGroup { return { services: {} }; }
