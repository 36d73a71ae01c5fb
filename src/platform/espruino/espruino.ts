// The Espruino built-ins the backend maps AtomVM's device APIs onto (flash-and-hal.md section 4),
// reached through one object so a test can hand in a recorded model of them. On the device the
// object is built from Espruino's globals by espruinoGlobals().
//
// Espruino rules (DESIGN.md section 3): no hoisting (every function is declared before use),
// shallow recursion, at most 256 apply arguments, few functions.

/** The subset of Espruino's API the backend uses. */
export interface EspruinoApi {
  pinMode(pin: number, mode: string): void;
  digitalWrite(pin: number, v: number): void;
  digitalRead(pin: number): number;
  setWatch(fn: (e: any) => void, pin: number, opts: any): any;
  clearWatch(id: any): void;
  analogWrite(pin: number, v: number, opts?: any): void;
  getTime(): number;
  setTimeout(fn: () => void, ms: number): any;
  clearTimeout(id: any): void;
  setInterval(fn: () => void, ms: number): any;
  clearInterval(id: any): void;
  /** require('Flash'), require('Storage'), require('Wifi'), require('net'), require('dgram') */
  require(name: string): any;
  /** the E object: E.hwRand, E.reboot, E.toUint8Array ... */
  E: any;
  /** ESP32 object (deepSleep, getWakeupCause, getState) when present */
  ESP32: any;
  /** I2C1/I2C2, SPI1/SPI2, Serial2/Serial3 by name */
  periph(name: string): any;
  /** one line on the console */
  print(s: string): void;
  /** process.memory(false): {free, total, blocksize ...} in blocks, without a garbage collection */
  memory(): any;
}

declare var pinMode: any, digitalWrite: any, digitalRead: any, setWatch: any, clearWatch: any, analogWrite: any;
declare var getTime: any, setTimeout: any, clearTimeout: any, setInterval: any, clearInterval: any;
declare var require: any, E: any, ESP32: any, print: any, console: any, process: any;
declare var I2C1: any, I2C2: any, SPI1: any, SPI2: any, Serial2: any, Serial3: any;

/** The API from Espruino's globals (each read when called, so a missing one fails only its use). */
export function espruinoGlobals(): EspruinoApi {
  return {
    pinMode: function (p: number, m: string) { pinMode(p, m); },
    digitalWrite: function (p: number, v: number) { digitalWrite(p, v); },
    digitalRead: function (p: number) { return digitalRead(p); },
    setWatch: function (f: any, p: number, o: any) { return setWatch(f, p, o); },
    clearWatch: function (id: any) { clearWatch(id); },
    analogWrite: function (p: number, v: number, o?: any) { analogWrite(p, v, o); },
    getTime: function () { return getTime(); },
    setTimeout: function (f: any, ms: number) { return setTimeout(f, ms); },
    clearTimeout: function (id: any) { clearTimeout(id); },
    setInterval: function (f: any, ms: number) { return setInterval(f, ms); },
    clearInterval: function (id: any) { clearInterval(id); },
    require: function (n: string) { return require(n); },
    E: typeof E !== 'undefined' ? E : null,
    ESP32: typeof ESP32 !== 'undefined' ? ESP32 : null,
    periph: function (n: string) {
      if (n === 'I2C1') return typeof I2C1 !== 'undefined' ? I2C1 : null;
      if (n === 'I2C2') return typeof I2C2 !== 'undefined' ? I2C2 : null;
      if (n === 'SPI1') return typeof SPI1 !== 'undefined' ? SPI1 : null;
      if (n === 'SPI2') return typeof SPI2 !== 'undefined' ? SPI2 : null;
      if (n === 'Serial2') return typeof Serial2 !== 'undefined' ? Serial2 : null;
      if (n === 'Serial3') return typeof Serial3 !== 'undefined' ? Serial3 : null;
      return null;
    },
    print: function (s: string) {
      if (typeof print === 'function') print(s);
      else console.log(s);
    },
    memory: function () {
      return typeof process !== 'undefined' && typeof process.memory === 'function' ? process.memory(false) : null;
    },
  };
}
