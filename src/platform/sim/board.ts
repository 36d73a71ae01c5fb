// What the simulated ESP32 offers the VM bundle: a global `board` object that the simulator puts in
// the bundle's context (the counterpart of the firmware APIs a real engine exposes).
export interface SimBoardApi {
  /** sends bytes (one char per byte) out on UART0, the console */
  uartWrite(s: string): void;
  /** milliseconds since boot */
  millis(): number;
  /** the contents of the flash partition with this label, or null (esp_partition_find + read) */
  partition(label: string): Uint8Array | null;
}
