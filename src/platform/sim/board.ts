// What the simulated ESP32 offers the VM bundle: a global `board` object that the simulator puts in
// the bundle's context (the counterpart of the firmware APIs a real engine exposes). Device services
// live on the simulator's side (src/tools/sim/services.ts) and are reached through services()/call().
export interface SimBoardApi {
  /** sends bytes (one char per byte) out on UART0, the console */
  uartWrite(s: string): void;
  /** milliseconds since boot */
  millis(): number;
  /** the contents of the flash partition with this label, or null (esp_partition_find + read) */
  partition(label: string): Uint8Array | null;
  /** names of the board's device services, 'module:function/arity' */
  services(): string[];
  /** calls one (plain JS values, src/vm/platform.ts); throws { platformError, reason } to raise */
  call(name: string, args: any[], pid: number): any;
  /** true while a service may still post events */
  pending(): boolean;
  /** an extra key of erlang:system_info/1 (esp_free_heap_size ...), undefined when unknown */
  systemInfo(key: string): any;
  /** 32 random bits from the board's RNG */
  random(): number;
  /** a process was woken by an event: run the VM soon */
  wake(): void;
}
