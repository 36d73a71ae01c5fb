// The network examples run on the simulated board with the behaviour the user guide describes, with
// Node peers on 127.0.0.1: udp_server prints datagrams, udp_client sends one a second, tcp_server
// echoes, tcp_client gets its echo, set_network_config stores credentials that sta_network then
// joins with (callbacks, SNTP), and the blink servers toggle the LED on pin 2 per packet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as dgram from 'node:dgram';
import * as path from 'node:path';
import { boot, skip, flashFile, ROOT, DIR } from '../vectors/sim/harness';
import { buildCommand } from '../../src/tools/build';
import { tcpPeer } from './net_lib.test';

async function build(name: string): Promise<Uint8Array> {
  const out = path.join(DIR, `${name}.avm`);
  const log = console.log;
  console.log = () => {};
  try {
    assert.equal(await buildCommand([path.join(ROOT, 'examples', name), '-o', out]), 0);
  } finally {
    console.log = log;
  }
  return new Uint8Array(fs.readFileSync(out));
}

test('udp_server: joins the network and prints the datagrams a peer sends to port 44404', { skip }, async () => {
  const r = boot(await build('udp_server'));
  const out = await r.until(/Opened UDP socket on port 44404\.\r\n/, 60000);
  assert.match(out, /Acquired IP address: 127\.0\.0\.1\r\n/);
  const peer = dgram.createSocket('udp4');
  await new Promise<void>((res) => peer.bind(0, '127.0.0.1', () => res()));
  peer.send('hello board', 44404, '127.0.0.1');
  await r.until(new RegExp(`Received UDP packet <<"hello board">> from 127\\.0\\.0\\.1:${peer.address().port}\\r\\n`));
  peer.close();
  r.board.shutdown();
});

test('udp_client: sends a numbered datagram to 127.0.0.1:44404 every second', { skip }, async () => {
  const server = dgram.createSocket('udp4');
  const got: string[] = [];
  let more = () => {};
  server.on('message', (m) => (got.push(m.toString()), more()));
  await new Promise<void>((res) => server.bind(44404, '127.0.0.1', () => res()));
  const r = boot(await build('udp_client'));
  while (got.length < 2) await new Promise<void>((res) => (more = res));
  assert.deepEqual(got.slice(0, 2), ['Hello from AtomVM #1', 'Hello from AtomVM #2']);
  assert.match(r.out(), /Sent <<"Hello from AtomVM #1">>\r\n/);
  r.board.shutdown();
  server.close();
});

test('tcp_server: echoes what a client sends and notices when it closes; one process per connection', { skip }, async () => {
  const r = boot(await build('tcp_server'));
  await r.until(/Listening for connections on port 44405\.\r\n/, 60000);
  const a = await tcpPeer(44405);
  const b = await tcpPeer(44405);
  a.sock.write('first');
  b.sock.write('second');
  assert.equal((await a.waitData(5)).toString(), 'first');
  assert.equal((await b.waitData(6)).toString(), 'second');
  a.sock.end();
  await r.until(/Connection closed\.\r\n/);
  b.sock.write('!');
  assert.equal((await b.waitData(7)).toString(), 'second!');
  const out = r.out();
  assert.match(out, /Accepted connection from \{\{127,0,0,1\},\d+\}\.\r\n/);
  assert.match(out, /Received packet <<"first">>\. Echoing back\.\.\.\r\n/);
  b.sock.end();
  r.board.shutdown();
});

test('tcp_client: connects to 127.0.0.1:44405 every second and prints the echo', { skip }, async () => {
  const server = net.createServer((s) => s.pipe(s));
  await new Promise<void>((res) => server.listen(44405, '127.0.0.1', () => res()));
  const r = boot(await build('tcp_client'));
  const out = await r.until(/Received <<"Hello from AtomVM #2">>\r\n/, 60000);
  assert.match(out, /Connected to \{\{127,0,0,1\},44405\}\.\r\nReceived <<"Hello from AtomVM #1">>\r\n/);
  r.board.shutdown();
  server.close();
});

test('set_network_config then sta_network: credentials from NVS, callbacks, SNTP; the password stays hidden', { skip }, async () => {
  const file = flashFile();
  const wifi = { networks: [{ ssid: 'myssid', psk: 'mypsk' }] };
  const r1 = boot(await build('set_network_config'), { devices: { leds: [2], wifi } as never }, file);
  const out1 = await r1.until(/Return value: .*\r\n/, 60000);
  assert.match(out1, /Stored SSID myssid and its password in NVS \(namespace atomvm\)\.\r\n/);
  r1.board.shutdown();
  const r2 = boot(await build('sta_network'), { devices: { leds: [2], wifi } as never }, file);
  const out2 = await r2.until(/Synchronized the clock with SNTP \(\d+ s since 1970\)\.\r\n/, 60000);
  assert.match(out2, /Network started\.\r\n(.*\r\n)*Connected to AP\.\r\n(.*\r\n)*Got IP: address 127\.0\.0\.1 netmask 255\.0\.0\.0 gateway 127\.0\.0\.1\r\n/);
  assert.doesNotMatch(out1 + out2, /mypsk/);
  r2.board.shutdown();
});

test('udp_server_blink: every datagram toggles the LED on pin 2', { skip }, async () => {
  const r = boot(await build('udp_server_blink'));
  await r.until(/Listening for UDP packets on 127\.0\.0\.1:44404\.\r\n/, 60000);
  const peer = dgram.createSocket('udp4');
  peer.send('one', 44404, '127.0.0.1');
  await r.until(/\[gpio\] pin 2 -> high\r\n/);
  peer.send('two', 44404, '127.0.0.1');
  await r.until(/Received <<"two">>[^]*\[gpio\] pin 2 -> low\r\n/);
  peer.close();
  r.board.shutdown();
});

test('tcp_server_blink: echoes and toggles the LED on pin 2 per packet', { skip }, async () => {
  const r = boot(await build('tcp_server_blink'));
  await r.until(/Listening for connections on 127\.0\.0\.1:44405\.\r\n/, 60000);
  const c = await tcpPeer(44405);
  c.sock.write('blink');
  assert.equal((await c.waitData(5)).toString(), 'blink');
  await r.until(/\[gpio\] pin 2 -> high\r\n/);
  c.sock.write('again');
  assert.equal((await c.waitData(10)).toString(), 'blinkagain');
  await r.until(/\[gpio\] pin 2 -> high\r\n[^]*\[gpio\] pin 2 -> low\r\n/);
  c.sock.end();
  r.board.shutdown();
});
