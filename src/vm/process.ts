// The process (AtomVM's Context): registers, heap+stack block, fragments, mailbox and links.
// The object itself is a plain JS record; every term it refers to lives in VM memory.
//
// Heap and stack are two memAlloc blocks (so either can grow or shrink alone):
//   heap  [heapStart ... htop ... hend)      grows up
//   stack [stackStart ... stop ... stackEnd) grows down
// stack frames: W[stop] = continuation pointer (code offset << 2), y(n) = W[stop + 1 + n].
// Heap fragments are extra blocks (BIF results that did not fit, received messages); the next
// garbage collection copies their live data into a fresh block and frees them.

export const enum PStatus {
  RUNNABLE = 0,
  RUNNING = 1,
  WAITING = 2, // in receive, no timeout
  WAITING_TIMEOUT = 3,
  EXITING = 4, // an exit signal killed it; the scheduler ends it soon
  DEAD = 5,
}

/** A timer of the scheduler (receive timeouts and erlang:send_after/start_timer timers). */
export interface Timer {
  at: number; // deadline (clock ms)
  seq: number; // tie-breaker: equal deadlines fire in creation order
  kind: number; // 0 = receive timeout of process `pid`, 1 = message timer
  pid: number; // receive timeout: process id; message timer to a pid: its id; else 0
  dest: number; // message timer to a registered name: the atom term; else 0
  block: number; // message timer: the message block (see heap.ts messageNew), 0 once consumed
  ref: number; // message timer: the reference number (see scheduler refNumber)
  dead: boolean; // cancelled or fired
}

export class Process {
  // the fields instructions touch most come first: Espruino finds a property by walking the
  // object's properties in creation order
  stop = 0; // stack top (y registers are above it)
  htop = 0;
  hend = 0;
  cp = 0;
  pc = 0;
  status = PStatus.RUNNABLE;
  id: number;
  pid: number;
  // memory
  heapStart = 0;
  stackStart = 0;
  stackEnd = 0;
  frags: number[] = []; // [start, end) word ranges of fragment payloads, flattened pairs
  fragWords = 0;
  mso = 0x3b; // NIL or boxed pointer to the newest refc/match box on this process's heap
  dict = 0x3b; // process dictionary: list of {Key, Value}
  minHeap = 64;
  maxHeap = 0; // 0 = unlimited (words)
  maxHeapFlags = 3; // max_heap_size options: 1 = kill (enforced by heap.ts), 2 = error_logger
  maxHeapHit = false; // set by heap.ts when maxHeap stopped an allocation (exit reason `killed`)
  // execution state
  live = 0; // live x registers when switched out
  xsave: Int32Array | null = null;
  fr: Float64Array | null = null;
  reductions = 0;
  priority = 1; // 0 low, 1 normal, 2 high, 3 max
  // exceptions
  excClass = 0; // atom term
  excReason = 0;
  excTrace = 0; // raw stack trace term (built lazily)
  excPc = 0; // code offset where the exception was raised
  excArgs = 0x3b; // args of the failing BIF/function for stack traces
  excMfa = -1; // native index of the failing BIF, or -1
  trapPc = 0; // set by a native that continues in Erlang code
  // mailbox: linked list of message blocks; W[blk] = next block (0), W[blk+1] = the message term
  mqHead = 0;
  mqTail = 0;
  mqLen = 0;
  mqSave = 0; // the block whose message loop_rec reads next (0 = end)
  mqSavePrev = 0; // the block before mqSave (0 = head)
  mqMarker = 0; // recv marker: saved position for the "receive after make_ref" optimisation
  mqMarkerPrev = 0;
  timerId = -1; // seq of the pending receive timeout, or -1
  rtimer: Timer | null = null; // the pending receive timeout
  timedOut = false;
  recvArmed = false; // waiting in wait_timeout: its timeout operand has been read (see interp)
  msgTimers: Timer[] = []; // message timers aimed at this pid (cancelled when it dies)
  // relations
  links: number[] = []; // process ids
  monOut: number[] = []; // reference numbers of the monitors this process holds
  monIn: number[] = []; // reference numbers of the monitors watching this process
  trapExit = false;
  registeredName = -1; // atom index
  groupLeader = 0; // pid term
  parent = 0; // pid term of the spawner (0 for the first process)
  exitReason = 0;
  bySignal = false; // ended by an exit signal (no crash report)
  // initial call {M, F, Arity}: atom terms and arity
  icM = 0;
  icF = 0;
  icA = 0;

  constructor(id: number) {
    this.id = id;
    this.pid = (id << 4) | 3;
  }
}
