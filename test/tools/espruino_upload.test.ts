// The REPL upload of the VM bundle into Espruino's Storage, against a simulated Espruino REPL on a
// fake serial port (Web Serial shape): prompt, echo off, chunks written with offsets, one line at a
// time (the next chunk only after the previous one was executed), XOFF/XON honoured, size verified;
// a lost connection gives one clear error line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uploadToStorage, uploadLines, UploadError } from '../../src/tools/espruino_upload';

interface FakeOpts {
  /** chunk index after which the port is lost */
  loseAfter?: number;
  /** chunk index before whose answer XOFF ... XON is sent */
  xoffAt?: number;
}

function fakeRepl(o: FakeOpts = {}) {
  const files: { [k: string]: string } = {};
  const log: string[] = [];
  let ctrl: ReadableStreamDefaultController<Uint8Array> | null = null;
  let rs: ReadableStream<Uint8Array> | null = null;
  let open = false;
  let line = '';
  let chunks = 0;
  let inFlight = 0; // lines received before the previous one was answered
  let busy = false;
  const send = (s: string) => ctrl && ctrl.enqueue(new Uint8Array(Buffer.from(s, 'latin1')));
  const dev: any = {
    lost: null as Error | null,
    onLost: null as ((e: Error) => void) | null,
    signals: [] as any[],
    get isOpen() { return open; },
    async open() { open = true; },
    async close() { open = false; if (ctrl) try { ctrl.close(); } catch (_) { /* closed */ } },
    async setSignals(s: any) { dev.signals.push(s); },
    get readable() {
      if (!open) return null;
      if (!rs) rs = new ReadableStream<Uint8Array>({ start(c) { ctrl = c; }, cancel() { rs = null; ctrl = null; } });
      return rs;
    },
    get writable() {
      if (!open) return null;
      return new WritableStream<Uint8Array>({ write(b) { for (const c of b) input(String.fromCharCode(c)); } });
    },
  };
  function execute(l: string) {
    log.push(l);
    const body = l.replace(/^\x10/, '');
    let m = /^require\("Storage"\)\.write\(("[^"]*"),("(?:[^"\\]|\\x[0-9a-f]{2})*")(?:,(\d+)(?:,(\d+))?)?\);print\("(#u\d+#)"\+"ok"\)$/.exec(body);
    if (m) {
      if (busy) inFlight++;
      busy = true;
      const name = JSON.parse(m[1]);
      const data: string = Function('return ' + m[2])();
      const off = m[3] === undefined ? 0 : +m[3];
      if (m[4] !== undefined) files[name] = '\xff'.repeat(+m[4]);
      const cur = files[name];
      files[name] = cur.substr(0, off) + data + cur.substr(off + data.length);
      const idx = chunks++;
      const answer = () => {
        busy = false;
        send(m![5] + 'ok\r\n');
        if (o.loseAfter === idx) {
          dev.lost = new Error('port disconnected');
          open = false;
          if (dev.onLost) dev.onLost(dev.lost);
          if (ctrl) ctrl.error(new Error('The device has been lost.'));
        }
      };
      if (o.xoffAt === idx) {
        send('\x13');
        setTimeout(() => { send('\x11'); answer(); }, 300);
      } else setTimeout(answer, 5);
      return;
    }
    m = /^print\("#size#"\+require\("Storage"\)\.read\(("[^"]*")\)\.length\+"#"\)$/.exec(body);
    if (m) return send(`#size#${files[JSON.parse(m[1])] === undefined ? 'undefined' : files[JSON.parse(m[1])].length}#\r\n`);
    if (body === 'echo(0)' || body === 'echo(1)' || body === '') return send('\r\n>');
  }
  function input(c: string) {
    if (c === '\x03') { line = ''; return; }
    if (c === '\n') {
      const l = line.replace(/\r$/, '');
      line = '';
      execute(l);
      return;
    }
    line += c;
  }
  return { dev, files, log, inFlight: () => inFlight };
}

const data = new Uint8Array(5000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 8)) & 255;

test('uploadLines: first chunk creates the file with its size, later ones write at offsets, bytes escaped', () => {
  const l = uploadLines('.bootcde', new Uint8Array([0x41, 0x22, 0x0a, 0xff, 0x5c]), 2);
  assert.deepEqual(l, [
    'require("Storage").write(".bootcde","A\\x22",0,5)',
    'require("Storage").write(".bootcde","\\x0a\\xff",2)',
    'require("Storage").write(".bootcde","\\x5c",4)',
  ]);
});

test('upload: chunks one at a time with flow control, XOFF honoured, size verified, reset after', async () => {
  const f = fakeRepl({ xoffAt: 2 });
  const out: string[] = [];
  await uploadToStorage({ port: 'fake', data, chunk: 1024, device: f.dev, out: (s) => out.push(s), timeoutMs: 10000 });
  assert.equal(f.files['.bootcde'].length, data.length);
  assert.deepEqual(Buffer.from(f.files['.bootcde'], 'latin1'), Buffer.from(data));
  assert.equal(f.inFlight(), 0, 'a chunk was sent before the previous one was answered');
  assert.equal(f.log.filter((l) => /Storage"\)\.write/.test(l)).length, 5);
  assert.ok(out.includes('.bootcde: 5000 bytes written and verified'), out.join('\n'));
  assert.deepEqual(f.dev.signals, [{ dataTerminalReady: false, requestToSend: true }, { dataTerminalReady: false, requestToSend: false }]);
});

test('upload: a lost connection gives one clear error line', async () => {
  const f = fakeRepl({ loseAfter: 1 });
  await assert.rejects(
    uploadToStorage({ port: '/dev/ttyUSB9', data, chunk: 1024, device: f.dev, out: () => {}, timeoutMs: 3000 }),
    (e: Error) => {
      assert.ok(e instanceof UploadError);
      assert.match(e.message, /^the connection to \/dev\/ttyUSB9 was lost while uploading \.bootcde to Espruino on \/dev\/ttyUSB9 \(chunk 3 of 5\); run the command again$/);
      assert.ok(!e.message.includes('\n'));
      return true;
    },
  );
});

test('upload: no Espruino answering gives one clear error line', async () => {
  const f = fakeRepl();
  f.dev.writable; // a port where nothing answers
  const silent: any = Object.assign(Object.create(Object.getPrototypeOf(f.dev)), f.dev);
  Object.defineProperty(silent, 'writable', { get: () => new WritableStream<Uint8Array>({ write() {} }) });
  Object.defineProperty(silent, 'readable', { get: () => f.dev.readable });
  Object.defineProperty(silent, 'isOpen', { get: () => true });
  await assert.rejects(uploadToStorage({ port: 'p', data, device: silent, out: () => {}, timeoutMs: 600 }), /^Error: no answer from Espruino on p while waiting for the REPL prompt/);
});
