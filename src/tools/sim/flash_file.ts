// The simulated ESP32's SPI flash: a 4 MB file, created erased (0xFF) on first use (written whole
// through a temporary file, so a half-created file never exists), kept in memory and written
// through to the file on every change. NOR semantics: erase sets 4 KB sectors to 0xFF, programming
// can only clear bits (new = old AND data), as on the real chip.
import * as fs from 'fs';
import * as path from 'path';

export const FLASH_SIZE = 4 * 1024 * 1024;
export const SECTOR = 0x1000;

export class FlashFile {
  readonly file: string;
  readonly size: number;
  readonly data: Buffer;
  private fd: number;

  private constructor(file: string, data: Buffer, fd: number) {
    this.file = file;
    this.size = data.length;
    this.data = data;
    this.fd = fd;
  }

  /** Opens FILE, creating an erased 4 MB image when it does not exist. */
  static open(file: string): FlashFile {
    if (!fs.existsSync(file)) {
      const dir = path.dirname(file);
      try {
        fs.mkdirSync(dir, { recursive: true });
        const tmp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}`);
        fs.writeFileSync(tmp, Buffer.alloc(FLASH_SIZE, 0xff));
        fs.renameSync(tmp, file);
      } catch (e) {
        throw new Error(`cannot create the simulated flash ${file}: ${(e as Error).message}`);
      }
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch (e) {
      throw new Error(`cannot open the simulated flash ${file}: ${(e as Error).message}`);
    }
    if (!st.isFile()) throw new Error(`${file} is not a file`);
    if (st.size !== FLASH_SIZE) throw new Error(`${file} is not a simulated 4 MB flash image (${st.size} bytes); remove it to start with an erased flash`);
    const fd = fs.openSync(file, 'r+');
    const data = Buffer.alloc(FLASH_SIZE);
    fs.readSync(fd, data, 0, FLASH_SIZE, 0);
    return new FlashFile(file, data, fd);
  }

  /** Reads the file again (another process may have written it while no port was open here). */
  refresh(): void {
    if (this.fd >= 0) fs.readSync(this.fd, this.data, 0, this.size, 0);
  }

  read(addr: number, len: number): Buffer {
    return this.data.subarray(addr, Math.min(addr + len, this.size));
  }

  /** Erases the sectors covering [addr, addr+len). */
  erase(addr: number, len: number): void {
    const start = Math.floor(addr / SECTOR) * SECTOR;
    const end = Math.min(this.size, Math.ceil((addr + len) / SECTOR) * SECTOR);
    if (end <= start) return;
    this.data.fill(0xff, start, end);
    this.sync(start, end);
  }

  /** Programs bytes (bits can only go from 1 to 0). Returns false when beyond the flash. */
  program(addr: number, bytes: Uint8Array): boolean {
    if (addr < 0 || addr + bytes.length > this.size) return false;
    for (let i = 0; i < bytes.length; i++) this.data[addr + i] &= bytes[i];
    this.sync(addr, addr + bytes.length);
    return true;
  }

  private sync(start: number, end: number): void {
    if (this.fd < 0) return;
    fs.writeSync(this.fd, this.data, start, end - start, start);
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}
