// Clock of the simulated board: milliseconds since boot, from the board.
import { SimBoardApi } from './board';

export function simClock(board: SimBoardApi): () => number {
  return function (): number {
    return board.millis();
  };
}
