// Instruction handlers for send and receive (see slice.ts for the handler convention).
import { W } from './memory';
import { C } from './code';
import { Process, PStatus } from './process';
import { X, getSrc, setDst } from './regs';
import { messageAttach } from './heap';
import { fail } from './natives';
import { A, atom, NONE, mkSmall } from './term';
import { atomTerm } from './atoms';
import { hooks } from './hooks';
import { raised, tick, waitAt } from './slice';
import { integerValue } from './ops_data';

// send: x0 ! x1
export function opSend(p: Process, pc: number): number {
  const r = hooks.send(p, X[0], X[1]);
  if (r === NONE) return raised(p, pc);
  X[0] = X[1];
  return tick(p, pc + 1, 1);
}

// remove_message: the message loop_rec read leaves the queue for the heap
export function opRemoveMessage(p: Process, pc: number): number {
  const m = p.mqSave;
  const next = W[m];
  if (p.mqSavePrev === 0) p.mqHead = next;
  else W[p.mqSavePrev] = next;
  if (p.mqTail === m) p.mqTail = p.mqSavePrev;
  p.mqLen--;
  messageAttach(p, m);
  p.mqSave = p.mqHead;
  p.mqSavePrev = 0;
  if (p.timerId >= 0) hooks.cancelReceiveTimer(p);
  p.timedOut = false;
  p.recvArmed = false;
  return pc + 1;
}

// timeout: the receive timed out; the next receive starts from the queue's head
export function opTimeout(p: Process, pc: number): number {
  p.mqSave = p.mqHead;
  p.mqSavePrev = 0;
  p.timedOut = false;
  p.recvArmed = false;
  return pc + 1;
}

// loop_rec Fail Dst
export function opLoopRec(p: Process, pc: number): number {
  const m = p.mqSave;
  if (m === 0) return C[pc + 1];
  setDst(p, C[pc + 2], W[m + 1]);
  return pc + 3;
}

// loop_rec_end Label
export function opLoopRecEnd(p: Process, pc: number): number {
  const m = p.mqSave;
  p.mqSavePrev = m;
  p.mqSave = W[m];
  return C[pc + 1];
}

// wait Label
export function opWait(p: Process, pc: number): number {
  return waitAt(p, C[pc + 1], PStatus.WAITING);
}

// wait_timeout Label Time
export function opWaitTimeout(p: Process, pc: number): number {
  if (p.timedOut) {
    p.timedOut = false;
    p.recvArmed = false;
    return pc + 3;
  }
  // woken by a message that did not match: the timeout already runs (or is infinity) and the
  // Time operand may sit in a dead x register: do not read it
  if (p.recvArmed) return waitAt(p, C[pc + 1], p.timerId >= 0 ? PStatus.WAITING_TIMEOUT : PStatus.WAITING);
  const t = getSrc(p, C[pc + 2]);
  if (t === atom(A.infinity)) {
    p.recvArmed = true;
    return waitAt(p, C[pc + 1], PStatus.WAITING);
  }
  const ms = integerValue(t);
  if (!(ms >= 0 && ms <= 4294967295)) {
    // (OTP: a receive timeout is at most 2^32 - 1 ms)
    fail(p, atomTerm('timeout_value'));
    return raised(p, pc);
  }
  if (ms === 0) return pc + 3;
  if (p.timerId < 0) hooks.startReceiveTimer(p, ms, pc + 3);
  p.recvArmed = true;
  return waitAt(p, C[pc + 1], PStatus.WAITING_TIMEOUT);
}

// recv_marker_reserve Dst
export function opRecvMarkerReserve(p: Process, pc: number): number {
  setDst(p, C[pc + 1], mkSmall(0));
  return pc + 2;
}
