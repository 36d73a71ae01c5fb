// Binary BIFs (erlang:byte_size/1 ..., the binary module). Being written; see ops_bits.ts for
// the bit syntax instructions.

/** Registers the binary BIFs. */
export function registerBinaryBifs(): void {}
