// Term layout: every Erlang term is one 32-bit word (stored in Int32Array memory), following
// AtomVM's scheme. Pointers are word indexes into the VM memory `W` (src/vm/memory.ts).
//
//  low bits   meaning                          payload
//  ......00   header (first word of a box) / continuation pointer on the stack / register operand in code
//  ......01   list pointer (cons cell)         word index = t >>> 2; cell = [head, tail]
//  ......10   boxed pointer                    word index = t >>> 2; W[i] is the box header
//  ....0011   pid                              process id = t >>> 4
//  ....0111   port                             port id = t >>> 4
//  ....1111   small integer                    value = t >> 4 (28-bit signed)
//  ..001011   atom                             atom index = t >>> 6
//  ..011011   catch label                      catch table index = t >>> 6
//  ..111011   nil []                           (the word 0x3B exactly)
//
// Box header: (arity << 6) | boxTag, arity = words that follow the header.
//
//  box            tag    words (after header)                               cost (words)
//  tuple          0x00   elements                                           1 + n
//  match state    0x04   bin, offset(raw bits), end(raw bits), saved...     1 + 3 + slots
//  bignum +       0x08   32-bit digits, little-endian, normalized           1 + digits
//  bignum -       0x0C   (same, magnitude)                                  1 + digits
//  ref            0x10   hi, lo (raw)                                       3
//  fun (closure)  0x14   fun index (small), creator pid, free vars...       3 + free
//  float          0x18   two raw words of the IEEE double (memory order)    3
//  export fun     0x1C   module atom, function atom, arity (small)          4
//  refc binary    0x20   byte size, data byte address, block (0=const), mso next  5
//  heap binary    0x24   byte size, data bytes packed                       2 + ceil(size/4)
//  sub binary     0x28   original binary (boxed), bit size, bit offset      4
//  flat map       0x2C   keys tuple (boxed), values...                      2 + n
//  hamt map node  0x30   bitmap(raw), size(raw, root only), entries...      see maps.ts
//  moved (GC)     --     a moved box's header is overwritten with a boxed pointer (low bits 10)
//
// Binaries carry their size in bytes; a bitstring whose bit size is not a multiple of 8 is always
// a sub binary (bit size and bit offset in bits) over a byte-aligned heap or refc binary.
// Binaries of more than 64 bytes live off-heap (refc) with a reference count.

export const enum T {
  PRIMARY_MASK = 3,
  HEADER = 0,
  LIST = 1,
  BOXED = 2,
  IMM = 3,
  IMM1_MASK = 0xf,
  PID = 0x3,
  PORT = 0x7,
  SMALL = 0xf,
  IMM2_MASK = 0x3f,
  ATOM = 0x0b,
  CATCH = 0x1b,
  NIL = 0x3b,
  NONE = 0, // the "no value" marker (never a real term)
}

export const enum Box {
  MASK = 0x3f,
  TUPLE = 0x00,
  MATCH = 0x04,
  POS_BIG = 0x08,
  NEG_BIG = 0x0c,
  REF = 0x10,
  FUN = 0x14,
  FLOAT = 0x18,
  EXPORT = 0x1c,
  REFC_BIN = 0x20,
  HEAP_BIN = 0x24,
  SUB_BIN = 0x28,
  MAP = 0x2c,
  HAMT = 0x30,
}

/** Words of a refc binary box after the header. */
export const enum Refc {
  SIZE = 1,
  DATA = 2,
  BLOCK = 3,
  NEXT = 4,
  WORDS = 5, // including header
}

/** Binaries larger than this many bytes go off-heap (refc). */
export const HEAP_BIN_LIMIT = 64;

export const MAX_SMALL = 134217727; // 2^27 - 1
export const MIN_SMALL = -134217728; // -2^27
export const NIL = 0x3b;
export const NONE = 0;

export function mkSmall(v: number): number {
  return (v << 4) | 0xf;
}
export function smallVal(t: number): number {
  return t >> 4;
}
export function isSmall(t: number): boolean {
  return (t & 0xf) === 0xf;
}
export function fitsSmall(v: number): boolean {
  return v >= MIN_SMALL && v <= MAX_SMALL;
}
export function mkAtom(i: number): number {
  return (i << 6) | 0x0b;
}
export function atomIndex(t: number): number {
  return t >>> 6;
}
export function isAtom(t: number): boolean {
  return (t & 0x3f) === 0x0b;
}
export function mkPid(id: number): number {
  return (id << 4) | 0x3;
}
export function pidId(t: number): number {
  return t >>> 4;
}
export function isPid(t: number): boolean {
  return (t & 0xf) === 0x3;
}
export function mkPort(id: number): number {
  return (id << 4) | 0x7;
}
export function isPort(t: number): boolean {
  return (t & 0xf) === 0x7;
}
export function mkCatch(i: number): number {
  return (i << 6) | 0x1b;
}
export function isCatch(t: number): boolean {
  return (t & 0x3f) === 0x1b;
}
export function mkBoxed(addr: number): number {
  return (addr << 2) | 2;
}
export function mkList(addr: number): number {
  return (addr << 2) | 1;
}
/** Word index of a boxed or list pointer. */
export function ptr(t: number): number {
  return t >>> 2;
}
export function isBoxed(t: number): boolean {
  return (t & 3) === 2;
}
export function isCons(t: number): boolean {
  return (t & 3) === 1;
}
export function mkHeader(arity: number, tag: number): number {
  return (arity << 6) | tag;
}
export function hdrArity(h: number): number {
  return h >>> 6;
}
export function hdrTag(h: number): number {
  return h & 0x3f;
}

// Fixed atom indexes: the atom table is seeded with these names in this order (atoms.ts).
export const enum A {
  false_ = 0,
  true_ = 1,
  ok = 2,
  error = 3,
  undefined = 4,
  badarg = 5,
  badarith = 6,
  badmatch = 7,
  function_clause = 8,
  case_clause = 9,
  if_clause = 10,
  undef = 11,
  badfun = 12,
  badarity = 13,
  badkey = 14,
  badmap = 15,
  badrecord = 16,
  try_clause = 17,
  throw_ = 18,
  exit = 19,
  normal = 20,
  kill = 21,
  killed = 22,
  noproc = 23,
  EXIT = 24,
  DOWN = 25,
  process = 26,
  infinity = 27,
  nocatch = 28,
  erlang = 29,
  file = 30,
  line = 31,
  system_limit = 32,
  out_of_memory = 33,
  start = 34,
  nil_ = 35, // the atom 'nil' (not [])
  timeout = 36,
  noconnection = 37,
  all = 38,
  module = 39,
  name = 40,
  arity = 41,
  env = 42,
  type = 43,
  local = 44,
  external = 45,
  index = 46,
  uniq = 47,
  new_index = 48,
  new_uniq = 49,
  pid = 50,
  latin1 = 51,
  unicode = 52,
  utf8 = 53,
  error_info = 54,
  cause = 55,
  nonode_nohost = 56,
  short = 57,
  decimals = 58,
  scientific = 59,
  compact = 60,
  monitor = 61,
  link = 62,
  trap_exit = 63,
  high = 64,
  low = 65,
  max = 66,
  min = 67,
  little = 68,
  big = 69,
  native = 70,
  signed = 71,
  unsigned = 72,
  badfile = 73,
  notsup = 74,
  flush = 75,
  info = 76,
  priority = 77,
  min_heap_size = 78,
  max_heap_size = 79,
  incomplete = 80,
  raw = 81,
  emulator = 82,
  undefined_function = 83,
  nofile = 84,
  tuple = 85,
  stacktrace = 86,
  'fun' = 87,
  init = 88,
  badopcode = 89,
  message_queue_len = 90,
  COUNT = 91,
}

export const FIXED_ATOMS: string[] = [
  'false', 'true', 'ok', 'error', 'undefined', 'badarg', 'badarith', 'badmatch', 'function_clause',
  'case_clause', 'if_clause', 'undef', 'badfun', 'badarity', 'badkey', 'badmap', 'badrecord',
  'try_clause', 'throw', 'exit', 'normal', 'kill', 'killed', 'noproc', 'EXIT', 'DOWN', 'process',
  'infinity', 'nocatch', 'erlang', 'file', 'line', 'system_limit', 'out_of_memory', 'start', 'nil',
  'timeout', 'noconnection', 'all', 'module', 'name', 'arity', 'env', 'type', 'local', 'external',
  'index', 'uniq', 'new_index', 'new_uniq', 'pid', 'latin1', 'unicode', 'utf8', 'error_info', 'cause',
  'nonode@nohost', 'short', 'decimals', 'scientific', 'compact', 'monitor', 'link', 'trap_exit',
  'high', 'low', 'max', 'min', 'little', 'big', 'native', 'signed', 'unsigned', 'badfile', 'notsup',
  'flush', 'info', 'priority', 'min_heap_size', 'max_heap_size', 'incomplete', 'raw', 'emulator',
  'undefined_function', 'nofile', 'tuple', 'stacktrace', 'fun', 'init', 'badopcode', 'message_queue_len',
];

export const FALSE = 0x0b; // mkAtom(A.false_)
export const TRUE = 0x4b; // mkAtom(A.true_)

export function atom(a: A): number {
  return (a << 6) | 0x0b;
}
export function bool(b: boolean): number {
  return b ? 0x4b : 0x0b;
}
