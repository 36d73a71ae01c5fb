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
  EXITING = 4,
  DEAD = 5,
}

export class Process {
  id: number;
  pid: number;
  // memory
  heapStart = 0;
  htop = 0;
  hend = 0;
  stackStart = 0;
  stop = 0;
  stackEnd = 0;
  frags: number[] = []; // [start, end) word ranges of fragment payloads, flattened pairs
  fragWords = 0;
  mso = 0x3b; // NIL or boxed pointer to the newest refc/match box on this process's heap
  dict = 0x3b; // process dictionary: list of {Key, Value}
  minHeap = 64;
  maxHeap = 0; // 0 = unlimited (words)
  // execution state
  pc = 0;
  cp = 0;
  live = 0; // live x registers when switched out
  xsave: Int32Array | null = null;
  fr: Float64Array | null = null;
  reductions = 0;
  status = PStatus.RUNNABLE;
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
  timerId = -1;
  timedOut = false;
  // relations
  links: number[] = []; // pids
  monitors: number[] = []; // [refIndex, pid, kind] triples are kept by the scheduler
  trapExit = false;
  registeredName = -1; // atom index
  groupLeader = 0;
  exitReason = 0;
  initialCall = 0;

  constructor(id: number) {
    this.id = id;
    this.pid = (id << 4) | 3;
  }
}
