// The platform of the simulated ESP32 (src/vm/platform.ts): 'esp32', with every service the board
// lists forwarded to it by name. The services themselves run on the simulator's side
// (src/tools/sim/services.ts), so adding one needs no change here.
import { Platform, PFn, PVal, PCall } from '../../vm/platform';
import { SimBoardApi } from './board';

function forward(board: SimBoardApi, name: string): PFn {
  return function (args: PVal[], call: PCall): PVal {
    return board.call(name, args, call.pid);
  };
}

export function simPlatform(board: SimBoardApi): Platform {
  var services: { [mfa: string]: PFn } = {};
  var names = board.services();
  for (var i = 0; i < names.length; i++) services[names[i]] = forward(board, '' + names[i]);
  return {
    name: 'esp32',
    random: function (): number {
      return board.random();
    },
    services: services,
    pending: function (): boolean {
      return !!board.pending();
    },
    wake: function (): void {
      board.wake();
    },
  };
}
