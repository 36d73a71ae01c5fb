// Timers and time: erlang:send_after/start_timer/cancel_timer/read_timer, timer:sleep/1,
// monotonic/system time in every time unit, timestamps, calendar time (UTC), unique integers.
//
// The clock is the scheduler's (Date.now on the host, milliseconds). The native time unit is the
// nanosecond, as on OTP/Linux and AtomVM. Monotonic time counts from the VM's start (OTP starts
// it at an arbitrary point). The device has no time zone: localtime/0 is universaltime/0.
import { Process } from '../process';
import { defNative, badarg, fail } from '../natives';
import { A, atom, NIL, NONE, TRUE, FALSE, mkSmall } from '../term';
import * as sched from '../scheduler';
import * as code from '../code';
import { listLen, makeRef } from './erlang';
import { atomTerm } from '../atoms';
import { messageNew } from '../heap';
import { mkTuple2, mkTuple3 } from '../exceptions';
import { W } from '../memory';
import { isInteger, termToBig, bigToTerm, intFromNumber, intToNumber } from '../arith';
import { Big, bigFromNumber, bigMul, bigDivRem, bigIsZero, bigSub } from '../bignum';

const MAX_TIMER = 9223372036854; // 2^63 ns in ms: the latest end of a relative timer

/** Parts per second of a time unit term, or -1 if it is not one. */
export function unitRate(u: number): number {
  if ((u & 0xf) === 0xf) return u >> 4 > 0 ? u >> 4 : -1;
  if ((u & 0x3f) !== 0x0b) return -1;
  if (u === atomTerm('second') || u === atomTerm('seconds')) return 1;
  if (u === atomTerm('millisecond') || u === atomTerm('milli_seconds')) return 1000;
  if (u === atomTerm('microsecond') || u === atomTerm('micro_seconds')) return 1000000;
  if (u === atomTerm('nanosecond') || u === atomTerm('nano_seconds') || u === atom(A.native) || u === atomTerm('perf_counter')) return 1000000000;
  return -1;
}

/** floor(ms * rate / 1000) as an integer term (ms is an integral number of milliseconds). */
function msToUnit(p: Process, ms: number, rate: number): number {
  if (rate % 1000 === 0) {
    const f = rate / 1000;
    const v = ms * f;
    if (v <= 9007199254740991 && v >= -9007199254740991) return intFromNumber(p, v);
    return bigToTerm(p, bigMul(bigFromNumber(ms), bigFromNumber(f)));
  }
  return bigToTerm(p, floorDiv(bigMul(bigFromNumber(ms), bigFromNumber(rate)), 1000));
}

function floorDiv(a: Big, d: number): Big {
  const qr = bigDivRem(a, bigFromNumber(d));
  if (!bigIsZero(qr.r) && a.neg) return bigSub(qr.q, bigFromNumber(1));
  return qr.q;
}

function nowMs(): number {
  return Math.floor(sched.nowMs());
}
function monoMs(): number {
  return Math.floor(sched.monotonicMs());
}

function timeBif(p: Process, ms: number, unit: number): number {
  const r = unit === NONE ? 1000000000 : unitRate(unit);
  if (r < 0) return badarg(p);
  return msToUnit(p, ms, r);
}

// ---- calendar (proleptic Gregorian, UTC) ------------------------------------------------------

/** [year, month, day] of a day count since 1970-01-01. */
function civil(days: number): number[] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

function dateTuple(p: Process, ms: number): number {
  const secs = Math.floor(ms / 1000);
  const c = civil(Math.floor(secs / 86400));
  return mkTuple3(p, mkSmall(c[0]), mkSmall(c[1]), mkSmall(c[2]));
}
function timeTuple(p: Process, ms: number): number {
  const secs = Math.floor(ms / 1000);
  const s = secs - Math.floor(secs / 86400) * 86400;
  return mkTuple3(p, mkSmall(Math.floor(s / 3600)), mkSmall(Math.floor(s / 60) % 60), mkSmall(s % 60));
}
function dateTime(p: Process, ms: number): number {
  return mkTuple2(p, dateTuple(p, ms), timeTuple(p, ms));
}

function isDateTime(t: number): boolean {
  if ((t & 3) !== 2 || W[t >>> 2] !== 2 << 6) return false;
  const d = W[(t >>> 2) + 1];
  const h = W[(t >>> 2) + 2];
  return (d & 3) === 2 && W[d >>> 2] === 3 << 6 && (h & 3) === 2 && W[h >>> 2] === 3 << 6;
}

// ---- timers -------------------------------------------------------------------------------------

/** Parses [{abs, Bool}]: 1 absolute, 0 relative, -1 invalid. */
function absOption(opts: number): number {
  let abs = 0;
  let l = opts;
  while ((l & 3) === 1) {
    const e = W[l >>> 2];
    l = W[(l >>> 2) + 1];
    if ((e & 3) !== 2 || W[e >>> 2] !== 2 << 6 || W[(e >>> 2) + 1] !== atomTerm('abs')) return -1;
    const v = W[(e >>> 2) + 2];
    if (v !== TRUE && v !== FALSE) return -1;
    abs = v === TRUE ? 1 : 0;
  }
  return l === NIL ? abs : -1;
}

function startTimer(p: Process, time: number, dest: number, msg: number, opts: number, wrap: boolean): number {
  const abs = opts === NONE ? 0 : absOption(opts);
  if (abs < 0) return badarg(p);
  if ((dest & 0xf) !== 3 && (dest & 0x3f) !== 0x0b) return badarg(p);
  if (!isInteger(time)) return badarg(p);
  const ms = intToNumber(time);
  let at: number;
  if (abs === 1) {
    at = sched.nowMs() - sched.monotonicMs() + ms;
  } else {
    // (OTP: a timer must end within 2^63 ns of monotonic time, about 9.2e12 ms; not 2^32 - 1
    // as for receive ... after)
    if (ms < 0 || ms > MAX_TIMER - sched.monotonicMs()) return badarg(p);
    at = sched.nowMs() + ms;
  }
  const ref = makeRef(p);
  const block = messageNew(wrap ? mkTuple3(p, atom(A.timeout), ref, msg) : msg);
  sched.timerStart(at, dest, block, sched.refNumber(ref));
  return ref;
}

/** Parses [{async, B}, {info, B}] into flags (bit 0 async, bit 1 info); -1 if invalid. */
function asyncInfo(opts: number, info: boolean): number {
  let async = false;
  let l = opts;
  while ((l & 3) === 1) {
    const e = W[l >>> 2];
    l = W[(l >>> 2) + 1];
    if ((e & 3) !== 2 || W[e >>> 2] !== 2 << 6) return -1;
    const k = W[(e >>> 2) + 1];
    const v = W[(e >>> 2) + 2];
    if (v !== TRUE && v !== FALSE) return -1;
    if (k === atomTerm('async')) async = v === TRUE;
    else if (k === atom(A.info)) info = v === TRUE;
    else return -1;
  }
  if (l !== NIL) return -1;
  return (async ? 1 : 0) | (info ? 2 : 0);
}

function timerResult(left: number): number {
  return left < 0 ? FALSE : mkSmall(left);
}

function cancelTimer(p: Process, ref: number, opts: number): number {
  if (!sched.isRef(ref)) return badarg(p);
  const fl = opts === NONE ? 2 : asyncInfo(opts, true);
  if (fl < 0) return badarg(p);
  const r = timerResult(sched.timerCancel(sched.refNumber(ref)));
  if ((fl & 1) !== 0) {
    if ((fl & 2) !== 0) sched.deliver(p, mkTuple3(p, atomTerm('cancel_timer'), ref, r));
    return atom(A.ok);
  }
  return (fl & 2) !== 0 ? r : atom(A.ok);
}

function readTimer(p: Process, ref: number, opts: number): number {
  if (!sched.isRef(ref)) return badarg(p);
  const fl = opts === NONE ? 0 : asyncInfo(opts, true);
  if (fl < 0) return badarg(p);
  const r = timerResult(sched.timerRead(sched.refNumber(ref)));
  if ((fl & 1) !== 0) {
    sched.deliver(p, mkTuple3(p, atomTerm('read_timer'), ref, r));
    return atom(A.ok);
  }
  return r;
}

/** timer:sleep: `allocate 1; y0 = T; L: wait_timeout L y0; timeout; deallocate 1; x0 = ok; return`. */
function sleepStub(): number {
  return sched.stub('sleep', function () {
    const base = code.codeTop;
    const l = base + 6;
    const words = [12, 1, 1, 64, 0, 4, 26, l, 4, 22, 18, 1, 64, atom(A.ok), 0, 19];
    for (let i = 0; i < words.length; i++) code.codeEmit(words[i]);
  }, 'timer:sleep/1');
}

let uniqueCounter = 0;

export function registerTimerBifs(): void {
  const E = 'erlang';
  defNative(E, 'send_after', 3, function (p, a) { return startTimer(p, a[0], a[1], a[2], NONE, false); });
  defNative(E, 'send_after', 4, function (p, a) { return startTimer(p, a[0], a[1], a[2], a[3], false); });
  defNative(E, 'start_timer', 3, function (p, a) { return startTimer(p, a[0], a[1], a[2], NONE, true); });
  defNative(E, 'start_timer', 4, function (p, a) { return startTimer(p, a[0], a[1], a[2], a[3], true); });
  defNative(E, 'cancel_timer', 1, function (p, a) { return cancelTimer(p, a[0], NONE); });
  defNative(E, 'cancel_timer', 2, function (p, a) { return cancelTimer(p, a[0], a[1]); });
  defNative(E, 'read_timer', 1, function (p, a) { return readTimer(p, a[0], NONE); });
  defNative(E, 'read_timer', 2, function (p, a) { return readTimer(p, a[0], a[1]); });

  defNative('timer', 'sleep', 1, function (p, a) {
    const t = a[0];
    if (t !== atom(A.infinity) && ((t & 0xf) !== 0xf || t >> 4 < 0)) return fail(p, atomTerm('timeout_value'));
    p.excClass = 0;
    p.trapPc = sleepStub();
    return NONE;
  });

  defNative(E, 'monotonic_time', 0, function (p) { return timeBif(p, monoMs(), NONE); });
  defNative(E, 'monotonic_time', 1, function (p, a) { return timeBif(p, monoMs(), a[0]); });
  defNative(E, 'system_time', 0, function (p) { return timeBif(p, nowMs(), NONE); });
  defNative(E, 'system_time', 1, function (p, a) { return timeBif(p, nowMs(), a[0]); });
  defNative('os', 'system_time', 0, function (p) { return timeBif(p, nowMs(), NONE); });
  defNative('os', 'system_time', 1, function (p, a) { return timeBif(p, nowMs(), a[0]); });
  defNative(E, 'time_offset', 0, function (p) { return timeBif(p, nowMs() - monoMs(), NONE); });
  defNative(E, 'time_offset', 1, function (p, a) { return timeBif(p, nowMs() - monoMs(), a[0]); });
  function timestamp(p: Process): number {
    const ms = nowMs();
    const s = Math.floor(ms / 1000);
    return mkTuple3(p, mkSmall(Math.floor(s / 1000000)), mkSmall(s % 1000000), mkSmall((ms % 1000) * 1000));
  }
  defNative(E, 'timestamp', 0, timestamp);
  defNative(E, 'now', 0, timestamp);
  defNative('os', 'timestamp', 0, timestamp);
  defNative(E, 'universaltime', 0, function (p) { return dateTime(p, nowMs()); });
  defNative(E, 'localtime', 0, function (p) { return dateTime(p, nowMs()); });
  defNative(E, 'date', 0, function (p) { return dateTuple(p, nowMs()); });
  defNative(E, 'time', 0, function (p) { return timeTuple(p, nowMs()); });
  defNative(E, 'universaltime_to_localtime', 1, function (p, a) { return isDateTime(a[0]) ? a[0] : badarg(p); });
  defNative(E, 'localtime_to_universaltime', 1, function (p, a) { return isDateTime(a[0]) ? a[0] : badarg(p); });
  defNative(E, 'localtime_to_universaltime', 2, function (p, a) { return isDateTime(a[0]) ? a[0] : badarg(p); });

  defNative(E, 'convert_time_unit', 3, function (p, a) {
    const from = unitRate(a[1]);
    const to = unitRate(a[2]);
    if (!isInteger(a[0]) || from < 0 || to < 0) return badarg(p);
    const v = bigMul(termToBig(a[0]), bigFromNumber(to));
    return bigToTerm(p, floorDiv(v, from));
  });

  function unique(p: Process, opts: number): number {
    if (listLen(opts) < 0) return badarg(p);
    let l = opts;
    while (l !== NIL) {
      const e = W[l >>> 2];
      if (e !== atomTerm('positive') && e !== atomTerm('monotonic')) return badarg(p);
      l = W[(l >>> 2) + 1];
    }
    return intFromNumber(p, ++uniqueCounter);
  }
  defNative(E, 'unique_integer', 0, function (p) { return unique(p, NIL); });
  defNative(E, 'unique_integer', 1, function (p, a) { return unique(p, a[0]); });
}
