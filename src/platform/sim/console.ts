// Console of the simulated board: the VM's console bytes go out on UART0 with ESP-IDF's newline
// conversion (LF -> CR LF), as an ESP-IDF console does.
import { SimBoardApi } from './board';

export function simConsole(board: SimBoardApi): (s: string) => void {
  return function (s: string): void {
    board.uartWrite(s.split('\n').join('\r\n'));
  };
}
