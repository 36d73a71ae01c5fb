// The simulated ESP32's serial download protocol: the ROM loader and the flasher stub, as
// described by Espressif's serial-protocol documentation (flash-and-hal.md section 2).
//
// - SLIP frames (0xC0 ends, DB DC / DB DD escapes). Request: 00, op, len u16, checksum u32, data.
//   Response: 01, op, len u16, value u32, data, then status bytes: 4 in the ROM
//   ([status, error, 0, 0]), 2 in the stub.
// - ROM: SYNC answered 8 times with value 0x20120707; READ_REG/WRITE_REG on a small register map
//   (chip magic, eFuses, UART clock divider, SPI0 registers for the flash id); MEM_BEGIN/DATA/END
//   (END with word 0 = 0 jumps to the entry: the reply, then the stub's "OHAI"); SPI_ATTACH and
//   SPI_SET_PARAMS accepted but not required; FLASH_* / FLASH_DEFL_* write before they ACK; MD5 as
//   32 hex characters; CHANGE_BAUDRATE answered at the old baud; unknown opcodes (e.g.
//   GET_SECURITY_INFO) answered with status 1 / 0x05.
// - Stub: SYNC answered once with value 0; 2 status bytes; FLASH_DEFL_* inflate across blocks and
//   erase just in time; MD5 as 16 raw bytes; ERASE_FLASH, ERASE_REGION, READ_FLASH, RUN_USER_CODE;
//   unknown opcodes get status 0xFF.
// - Data commands check the 16-byte header (size, sequence) and the checksum (0xEF XOR the data):
//   ROM errors 0x05 / 0x07, stub errors 0xC0 / 0xC1.
import * as zlib from 'zlib';
import * as crypto from 'crypto';
import { FlashFile } from './flash_file';

export const OP = {
  FLASH_BEGIN: 0x02,
  FLASH_DATA: 0x03,
  FLASH_END: 0x04,
  MEM_BEGIN: 0x05,
  MEM_END: 0x06,
  MEM_DATA: 0x07,
  SYNC: 0x08,
  WRITE_REG: 0x09,
  READ_REG: 0x0a,
  SPI_SET_PARAMS: 0x0b,
  SPI_ATTACH: 0x0d,
  CHANGE_BAUDRATE: 0x0f,
  FLASH_DEFL_BEGIN: 0x10,
  FLASH_DEFL_DATA: 0x11,
  FLASH_DEFL_END: 0x12,
  SPI_FLASH_MD5: 0x13,
  GET_SECURITY_INFO: 0x14,
  ERASE_FLASH: 0xd0,
  ERASE_REGION: 0xd1,
  READ_FLASH: 0xd2,
  RUN_USER_CODE: 0xd3,
};

export const OP_NAMES: { [op: number]: string } = {};
for (const k of Object.keys(OP)) OP_NAMES[(OP as any)[k]] = k;

/** The chip's answers to the register reads esptool makes (an ESP32-D0WD-V3, 4 MB flash). */
const SPI_BASE = 0x3ff42000;
const REGISTERS: { [addr: number]: number } = {
  0x40001000: 0x00f01d83, // chip magic: ESP32
  0x3ff5a000: 0,
  0x3ff5a004: 0xc4a1b2c3, // MAC low word
  0x3ff5a008: 0x0000240a, // MAC high: 24:0a:c4:a1:b2:c3
  0x3ff5a00c: (1 << 9) | (1 << 15), // package D0WD, revision bit 0
  0x3ff5a010: 0,
  0x3ff5a014: 1 << 20, // revision bit 1
  0x3ff5a018: 0, // coding scheme none
  0x3ff6607c: 0x80000000, // APB_CTRL_DATE: revision bit 2 (v3)
};
export const JEDEC_ID = 0x1640ef; // Winbond, 4 MB

export interface LoaderHost {
  flash: FlashFile;
  /** sends one SLIP frame's payload to the host */
  send(payload: Uint8Array): void;
  /** current chip baud */
  chipBaud: number;
  setChipBaud(b: number): void;
  /** the ROM jumped into uploaded code (the stub) */
  enterStub(): void;
  /** run the app from flash (FLASH_END with reboot, RUN_USER_CODE) */
  runApp(): void;
  log(line: string): void;
  faults: LoaderFaults;
}

export interface LoaderFaults {
  /** flip a byte of these data blocks (by sequence number) as line noise, `times` times each */
  corrupt?: { op?: 'flash' | 'mem'; seq: number; times: number }[];
  /** a flash cell that stores the wrong bit: programming this address clears bit 0 of the data */
  badCellAt?: number;
  /** the ROM answers unknown opcodes echoing the opcode (esptool-js then resets and syncs again) */
  unknownOpEcho?: boolean;
  /** called for every flash data block received (after the checks); false drops the block unanswered */
  onFlashBlock?: (seq: number) => boolean;
}

interface FlashState {
  compressed: boolean;
  offset: number;
  size: number; // bytes to write (stub: exact; ROM: erase size)
  blocks: number;
  blockSize: number;
  nextSeq: number;
  written: number;
  erasedTo: number; // stub: erased just in time up to here
  z: Buffer[];
  zOut: number;
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

export class LoaderModel {
  stub = false;
  private host: LoaderHost;
  private regs: { [addr: number]: number } = {};
  private mem: { size: number; blocks: number; blockSize: number; addr: number; nextSeq: number; got: number } | null = null;
  private fl: FlashState | null = null;
  private corruptLeft: { op: string; seq: number; times: number }[];

  constructor(host: LoaderHost, stub: boolean) {
    this.host = host;
    this.stub = stub;
    this.corruptLeft = (host.faults.corrupt || []).map((c) => ({ op: c.op || 'flash', seq: c.seq, times: c.times }));
  }

  private reply(op: number, value: number, data: Uint8Array | number[], status = 0, error = 0): void {
    const d = Uint8Array.from(data as ArrayLike<number>);
    const st = this.stub ? [status, error] : [status, error, 0, 0];
    const out = new Uint8Array(8 + d.length + st.length);
    out[0] = 0x01;
    out[1] = op;
    out[2] = (d.length + st.length) & 0xff;
    out[3] = (d.length + st.length) >> 8;
    out[4] = value & 0xff;
    out[5] = (value >>> 8) & 0xff;
    out[6] = (value >>> 16) & 0xff;
    out[7] = (value >>> 24) & 0xff;
    out.set(d, 8);
    out.set(st, 8 + d.length);
    this.host.send(out);
  }

  private fail(op: number, romError: number, stubStatus: number): void {
    if (this.stub) this.reply(op, 0, [], stubStatus, 0);
    else this.reply(op, 0, [], 1, romError);
  }

  private readReg(addr: number): number {
    if (Object.prototype.hasOwnProperty.call(this.regs, addr)) return this.regs[addr];
    if (addr === 0x3ff40014) return Math.round(40e6 / this.host.chipBaud) & 0xfffff; // UART_CLKDIV: 40 MHz crystal
    if (addr === SPI_BASE) return 0; // SPI CMD: idle
    if (Object.prototype.hasOwnProperty.call(REGISTERS, addr)) return REGISTERS[addr];
    return 0;
  }

  private writeReg(addr: number, value: number, mask: number): void {
    const old = this.readReg(addr);
    const v = ((old & ~mask) | (value & mask)) >>> 0;
    if (addr === SPI_BASE) {
      if (v & (1 << 18)) {
        // a user command on SPI0: the command byte is in USR2's low bits
        const cmd = this.readReg(SPI_BASE + 0x24) & 0xff;
        if (cmd === 0x9f) this.regs[SPI_BASE + 0x80] = JEDEC_ID;
        else if (cmd === 0x05 || cmd === 0x35) this.regs[SPI_BASE + 0x80] = 0; // status registers
      }
      this.regs[SPI_BASE] = 0; // done at once
      return;
    }
    this.regs[addr] = v;
  }

  /** Handles one decoded SLIP frame from the host. */
  handle(frame: Uint8Array): void {
    if (frame.length < 8 || frame[0] !== 0x00) return; // not a request: ignored (e.g. READ_FLASH acks)
    const op = frame[1];
    const len = frame[2] | (frame[3] << 8);
    const chk = u32(frame, 4);
    let data = frame.subarray(8);
    this.host.log(`${this.stub ? 'stub' : 'rom'} ${OP_NAMES[op] || '0x' + op.toString(16)} ${data.length}`);
    if (len !== data.length) return this.fail(op, 0x05, 0xc0);
    switch (op) {
      case OP.SYNC: {
        if (data.length !== 36 || data[0] !== 0x07 || data[1] !== 0x07 || data[2] !== 0x12 || data[3] !== 0x20) return this.fail(op, 0x05, 0xc0);
        for (let i = 4; i < 36; i++) if (data[i] !== 0x55) return this.fail(op, 0x05, 0xc0);
        if (this.stub) this.reply(op, 0, []);
        else for (let i = 0; i < 8; i++) this.reply(op, 0x20120707, []);
        return;
      }
      case OP.READ_REG:
        if (data.length !== 4) return this.fail(op, 0x05, 0xc0);
        return this.reply(op, this.readReg(u32(data, 0)), []);
      case OP.WRITE_REG:
        if (data.length !== 16 && data.length !== 32) return this.fail(op, 0x05, 0xc0);
        this.writeReg(u32(data, 0), u32(data, 4), u32(data, 8));
        return this.reply(op, 0, []);
      case OP.SPI_ATTACH:
      case OP.SPI_SET_PARAMS:
        return this.reply(op, 0, []);
      case OP.CHANGE_BAUDRATE: {
        if (data.length !== 8) return this.fail(op, 0x05, 0xc0);
        const baud = u32(data, 0);
        this.reply(op, 0, []); // at the old baud
        this.host.setChipBaud(baud);
        return;
      }
      case OP.MEM_BEGIN:
        if (data.length !== 16) return this.fail(op, 0x05, 0xc0);
        this.mem = { size: u32(data, 0), blocks: u32(data, 4), blockSize: u32(data, 8), addr: u32(data, 12), nextSeq: 0, got: 0 };
        return this.reply(op, 0, []);
      case OP.MEM_DATA: {
        const block = this.dataBlock(op, data, chk, 'mem');
        if (!block || !this.mem) return;
        if (block.seq !== this.mem.nextSeq) return this.fail(op, 0x05, 0xc0);
        this.mem.nextSeq++;
        this.mem.got += block.data.length;
        return this.reply(op, 0, []);
      }
      case OP.MEM_END: {
        if (data.length !== 8) return this.fail(op, 0x05, 0xc0);
        const jump = u32(data, 0) === 0;
        this.reply(op, 0, []);
        if (jump) this.host.enterStub();
        return;
      }
      case OP.FLASH_BEGIN:
      case OP.FLASH_DEFL_BEGIN:
        return this.flashBegin(op, data);
      case OP.FLASH_DATA:
      case OP.FLASH_DEFL_DATA:
        return this.flashData(op, data, chk);
      case OP.FLASH_END:
      case OP.FLASH_DEFL_END: {
        // word 0: 0 = reboot, 1 = stay in the stub / (ROM) run the user code
        const reboot = data.length >= 4 && u32(data, 0) === 0;
        const fl = this.fl;
        this.fl = null;
        if (this.stub && fl && fl.written < fl.size) return this.fail(op, 0x05, 0xc8); // not enough data
        this.reply(op, 0, []);
        if (reboot || !this.stub) this.host.runApp();
        return;
      }
      case OP.SPI_FLASH_MD5: {
        if (data.length !== 16) return this.fail(op, 0x05, 0xc0);
        const addr = u32(data, 0);
        const size = u32(data, 4);
        if (addr + size > this.host.flash.size) return this.fail(op, 0x09, 0xc4);
        const md5 = crypto.createHash('md5').update(this.host.flash.read(addr, size)).digest();
        if (this.stub) return this.reply(op, 0, md5);
        return this.reply(op, 0, Buffer.from(md5.toString('hex'), 'ascii'));
      }
      default:
        if (!this.stub) {
          // the ESP32 ROM knows none of the others (GET_SECURITY_INFO, the stub's 0xD0-0xD3): status
          // 1 / 0x05 in a reply whose opcode byte differs from the request's, unless configured to echo
          const out = new Uint8Array(8 + 4);
          out[0] = 0x01;
          out[1] = this.host.faults.unknownOpEcho ? op : 0x00;
          out[2] = 4;
          out[8] = 1;
          out[9] = 0x05;
          this.host.send(out);
          return;
        }
        return this.stubOnly(op, data);
    }
  }

  private stubOnly(op: number, data: Uint8Array): void {
    const flash = this.host.flash;
    switch (op) {
      case OP.ERASE_FLASH:
        flash.erase(0, flash.size);
        return this.reply(op, 0, []);
      case OP.ERASE_REGION: {
        if (data.length !== 8) return this.fail(op, 0x05, 0xc0);
        const addr = u32(data, 0);
        const size = u32(data, 4);
        if (addr % 0x1000 || size % 0x1000 || addr + size > flash.size) return this.fail(op, 0x05, 0xc4);
        flash.erase(addr, size);
        return this.reply(op, 0, []);
      }
      case OP.READ_FLASH: {
        if (data.length !== 16) return this.fail(op, 0x05, 0xc0);
        const addr = u32(data, 0);
        const size = u32(data, 4);
        const packet = u32(data, 8) || 0x1000;
        if (addr + size > flash.size) return this.fail(op, 0x05, 0xc4);
        this.reply(op, 0, []);
        for (let o = 0; o < size; o += packet) this.host.send(Uint8Array.from(flash.read(addr + o, Math.min(packet, size - o))));
        this.host.send(crypto.createHash('md5').update(flash.read(addr, size)).digest());
        return;
      }
      case OP.RUN_USER_CODE:
        this.host.runApp();
        return;
      default:
        return this.reply(op, 0, [], 0xff, 0);
    }
  }

  /** Checks a *_DATA payload: 16-byte header (size, seq), size, checksum; applies injected noise. */
  private dataBlock(op: number, data: Uint8Array, chk: number, kind: 'mem' | 'flash'): { seq: number; data: Uint8Array } | null {
    if (data.length < 16) {
      this.fail(op, 0x05, 0xc0);
      return null;
    }
    const size = u32(data, 0);
    const seq = u32(data, 4);
    let payload = data.subarray(16);
    for (const c of this.corruptLeft) {
      if (c.op === kind && c.seq === seq && c.times > 0) {
        c.times--;
        payload = Uint8Array.from(payload);
        payload[payload.length >> 1] ^= 0x5a;
        this.host.log(`noise on ${kind} block ${seq}`);
        break;
      }
    }
    if (size !== payload.length) {
      this.fail(op, 0x05, 0xc0);
      return null;
    }
    let x = 0xef;
    for (let i = 0; i < payload.length; i++) x ^= payload[i];
    if (x !== (chk & 0xff)) {
      this.fail(op, 0x07, 0xc1);
      return null;
    }
    return { seq, data: payload };
  }

  private flashBegin(op: number, data: Uint8Array): void {
    // the ROM takes (and newer ROMs require) a 5th word; the stub takes 4
    if (data.length !== 16 && data.length !== 20) return this.fail(op, 0x05, 0xc0);
    const size = u32(data, 0);
    const blocks = u32(data, 4);
    const blockSize = u32(data, 8);
    const offset = u32(data, 12);
    const flash = this.host.flash;
    if (offset + size > flash.size) return this.fail(op, 0x05, 0xc4);
    const compressed = op === OP.FLASH_DEFL_BEGIN;
    this.fl = { compressed, offset, size, blocks, blockSize, nextSeq: 0, written: 0, erasedTo: offset, z: [], zOut: 0 };
    if (!this.stub) {
      // the ROM erases the whole region before it answers
      flash.erase(offset, size);
      this.fl.erasedTo = offset + size;
    }
    this.reply(op, 0, []);
  }

  private program(addr: number, bytes: Uint8Array): boolean {
    const fl = this.fl as FlashState;
    const flash = this.host.flash;
    const end = addr + bytes.length;
    if (end > flash.size) return false;
    if (end > fl.erasedTo) {
      // the stub erases just in time, sector by sector
      flash.erase(fl.erasedTo, end - fl.erasedTo);
      fl.erasedTo = Math.ceil(end / 0x1000) * 0x1000;
    }
    let b = bytes;
    const bad = this.host.faults.badCellAt;
    if (bad !== undefined && bad >= addr && bad < end) {
      b = Uint8Array.from(bytes);
      b[bad - addr] &= 0xfe;
    }
    return flash.program(addr, b);
  }

  private flashData(op: number, data: Uint8Array, chk: number): void {
    const block = this.dataBlock(op, data, chk, 'flash');
    if (!block) return;
    const fl = this.fl;
    const compressed = op === OP.FLASH_DEFL_DATA;
    if (!fl || fl.compressed !== compressed) return this.fail(op, 0x05, 0xc6); // not in flash mode
    if (block.seq !== fl.nextSeq) {
      if (this.stub && block.seq === fl.nextSeq - 1) return this.reply(op, 0, []); // a retransmission
      return this.fail(op, 0x05, 0xc0);
    }
    if (this.host.faults.onFlashBlock && this.host.faults.onFlashBlock(block.seq) === false) return;
    if (!compressed) {
      // the stub writes only what FLASH_BEGIN announced; the ROM writes whole blocks
      const n = this.stub ? Math.min(block.data.length, fl.size - fl.written) : block.data.length;
      if (!this.program(fl.offset + fl.written, block.data.subarray(0, n))) return this.fail(op, 0x08, 0xc4);
      fl.written += n;
    } else {
      fl.z.push(Buffer.from(block.data));
      let out: Buffer;
      try {
        out = zlib.inflateSync(Buffer.concat(fl.z), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      } catch (e) {
        this.fl = null;
        return this.fail(op, 0x0b, 0xc7);
      }
      const fresh = out.subarray(fl.zOut);
      if (fl.zOut + fresh.length > fl.size) {
        this.fl = null;
        return this.fail(op, 0x0b, 0xc9); // too much data
      }
      if (!this.program(fl.offset + fl.zOut, fresh)) return this.fail(op, 0x08, 0xc4);
      fl.zOut += fresh.length;
      fl.written = fl.zOut;
    }
    fl.nextSeq++;
    this.reply(op, 0, []);
  }
}

/** SLIP decoder: feeds bytes, calls back with each complete frame's payload. */
export class SlipDecoder {
  private buf: number[] = [];
  private inFrame = false;
  private esc = false;
  private onFrame: (f: Uint8Array) => void;
  constructor(onFrame: (f: Uint8Array) => void) {
    this.onFrame = onFrame;
  }
  reset(): void {
    this.buf = [];
    this.inFrame = false;
    this.esc = false;
  }
  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === 0xc0) {
        if (this.inFrame && this.buf.length > 0) {
          const f = Uint8Array.from(this.buf);
          this.buf = [];
          this.onFrame(f);
        }
        this.inFrame = true;
        this.buf = [];
        this.esc = false;
        continue;
      }
      if (!this.inFrame) continue;
      if (this.esc) {
        this.esc = false;
        if (c === 0xdc) this.buf.push(0xc0);
        else if (c === 0xdd) this.buf.push(0xdb);
        else this.inFrame = false; // bad escape: drop the frame
      } else if (c === 0xdb) this.esc = true;
      else this.buf.push(c);
      if (this.buf.length > 0x5000) this.inFrame = false;
    }
  }
}

export function slipEncode(payload: Uint8Array): Uint8Array {
  const out: number[] = [0xc0];
  for (let i = 0; i < payload.length; i++) {
    const c = payload[i];
    if (c === 0xc0) out.push(0xdb, 0xdc);
    else if (c === 0xdb) out.push(0xdb, 0xdd);
    else out.push(c);
  }
  out.push(0xc0);
  return Uint8Array.from(out);
}
