// AtomVM's ESP32 APIs on the simulated board: gpio (LED notes, interrupts driven by a stimulus,
// level triggers, port forms), i2c against a register-map sensor model, spi read_at/write_at/
// write_read, uart round trip over a loopback and input from a stimulus, ledc duty and fades,
// erlang:system_info esp_* keys, and bad arguments raising badarg without crashing the VM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { appAvm, boot, skip, DIR } from '../vectors/sim/harness';
import { Stimulus } from '../../src/tools/sim/stimulus';
import { checkDevices } from '../../src/tools/sim/devices';

const mod = (name: string, body: string) => ({ [name]: `-module(${name}).\n-export([start/0]).\n${body}\n` });

test('gpio: LED pin 2 changes are shown; interrupts from a stimulus reach the process that armed them', { skip }, async () => {
  const app = appAvm(
    mod(
      'g1',
      `start() ->
    ok = gpio:set_pin_mode(2, output),
    ok = gpio:digital_write(2, high),
    high = gpio:digital_read(2),
    ok = gpio:digital_write(2, 0),
    low = gpio:digital_read(2),
    GPIO = gpio:open(),
    GPIO = gpio:start(),
    ok = gpio:set_direction(GPIO, 4, input),
    ok = gpio:set_pin_pull(4, down),
    low = gpio:read(GPIO, 4),
    ok = gpio:set_int(GPIO, 4, rising),
    ok = gpio:set_pin_mode(5, input),
    ok = gpio:set_int(GPIO, 5, both),
    io:format("armed~n"),
    R1 = receive {gpio_interrupt, P1} -> P1 end,
    R2 = receive {gpio_interrupt, P2} -> P2 end,
    R3 = receive {gpio_interrupt, P3} -> P3 end,
    io:format("got ~p ~p ~p ~p~n", [R1, R2, R3, gpio:digital_read(4)]),
    ok = gpio:remove_int(GPIO, 4),
    ok = gpio:remove_int(GPIO, 5),
    %% level triggers fire at once when the level already holds
    ok = gpio:set_pin_pull(12, up),
    ok = gpio:attach_interrupt(12, high),
    L = receive {gpio_interrupt, 12} -> level_high after 5000 -> none end,
    ok = gpio:detach_interrupt(12),
    Bad = [catch gpio:digital_write(40, high), catch gpio:digital_write(2, medium),
           catch gpio:set_pin_mode(35, output), catch gpio:set_int(GPIO, 4, sideways),
           catch gpio:set_pin_pull(4, sideways)],
    io:format("~p ~p~n", [L, [element(1, element(2, B)) || B <- Bad]]),
    done.`,
    ),
  );
  const stimulus = Stimulus.parse('# a button on pin 4, a line on pin 5\nwait armed\n+20 pin 4 high\n+20 pin 4 low\n+20 pin 5 high\n+20 pin 5 low\n');
  const r = boot(app, { stimulus });
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /\[gpio\] pin 2 -> high\r\n\[gpio\] pin 2 -> low\r\n/);
  assert.match(out, /got 4 5 5 low\r\n/, 'rising on 4 (not its fall), both edges on 5');
  assert.match(out, /level_high \[badarg,badarg,badarg,badarg,badarg\]\r\n/);
  assert.match(out, /Return value: done\r\n/);
  assert.deepEqual(r.board.events.slice(0, 2), ['[gpio] pin 2 -> high', '[gpio] pin 2 -> low']);
});

test('i2c: a sensor model read by register, queued and direct writes, a missing device; spi read_at/write_at/write_read', { skip }, async () => {
  const app = appAvm(
    mod(
      'bus1',
      `start() ->
    I2C = i2c:open([{scl, 22}, {sda, 21}, {clock_speed_hz, 100000}]),
    {ok, <<25, 0>>} = i2c:read_bytes(I2C, 16#48, 0, 2),
    {ok, <<16#60>>} = i2c:read_bytes(I2C, 16#76, 16#D0, 1),
    ok = i2c:write_bytes(I2C, 16#48, 2, <<1, 2>>),
    {ok, <<1, 2>>} = i2c:read_bytes(I2C, 16#48, 2, 2),
    ok = i2c:begin_transmission(I2C, 16#48),
    ok = i2c:qwrite_bytes(I2C, <<4>>),
    ok = i2c:qwrite_bytes(I2C, <<7, 8, 9>>),
    ok = i2c:end_transmission(I2C),
    ok = i2c:write_bytes(I2C, 16#48, <<4>>),
    {ok, <<7, 8, 9>>} = i2c:read_bytes(I2C, 16#48, 3),
    E = i2c:read_bytes(I2C, 16#10, 1),
    ok = i2c:close(I2C),
    B = catch i2c:read_bytes(I2C, 16#48, 1),
    I2C2 = i2c:open([{scl_io_num, 22}, {sda_io_num, 21}, {i2c_clock_hz, 40000}]),
    ok = i2c:begin_transmission(I2C2),
    ok = i2c:qwrite_bytes(I2C2, 16#76, 16#F4, <<16#27>>),
    ok = i2c:end_transmission(I2C2),
    {ok, <<16#27>>} = i2c:read_bytes(I2C2, 16#76, 16#F4, 1),
    SPI = spi:open([{bus_config, [{miso_io_num, 19}, {mosi_io_num, 23}, {sclk_io_num, 18}]},
                    {device_config, [{spi_clock_hz, 1000000}, {spi_mode, 0}, {spi_cs_io_num, 5}, {address_len_bits, 8}]}]),
    {ok, 16#33} = spi:read_at(SPI, 16#0F, 8),
    {ok, _} = spi:write_at(SPI, 16#20, 8, 16#77),
    {ok, 16#77} = spi:read_at(SPI, 16#20, 8),
    {ok, 16#7700} = spi:read_at(SPI, 16#20, 16),
    {ok, <<16#77, 0>>} = spi:write_read(SPI, #{address => 16#20, write_data => <<1, 2>>, write_bits => 16, read_bits => 16}),
    {ok, <<1, 2>>} = spi:write_read(SPI, #{address => 16#20, read_bits => 16}),
    Bad = [catch spi:read_at(SPI, 16#0F, 64), catch i2c:open([{scl, 22}]), catch spi:open([])],
    io:format("~p ~p ~p~n", [E, element(1, element(2, B)), [element(1, element(2, X)) || X <- Bad]]),
    done.`,
    ),
  );
  const r = boot(app);
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /\{error,ack_error\} badarg \[badarg,badarg,badarg\]\r\nReturn value: done\r\n/);
});

test('spi: several named devices, a loopback device; devices from a description', { skip }, async () => {
  const devices = checkDevices({ spi: [{ name: 'loop', cs: 15, loopback: true }, { cs: 4, registers: { '0x01': [1, 2, 3] } }] });
  const app = appAvm(
    mod(
      'bus2',
      `start() ->
    SPI = spi:open([{bus_config, [{miso, 19}, {mosi, 23}, {sclk, 18}]},
                    {device_config, [{echo, [{cs, 15}, {clock_speed_hz, 1000000}, {mode, 0}, {address_len_bits, 0}]},
                                     {regs, [{cs, 4}, {clock_speed_hz, 1000000}, {mode, 0}, {address_len_bits, 8}]}]}]),
    {ok, <<"hello">>} = spi:write_read(SPI, echo, #{write_data => <<"hello">>, write_bits => 40, read_bits => 40}),
    {ok, 16#010203} = spi:read_at(SPI, regs, 1, 24),
    {'EXIT', {badarg, _}} = catch spi:read_at(SPI, nobody, 1, 8),
    ok = spi:close(SPI),
    done.`,
    ),
  );
  const r = boot(app, { devices });
  assert.match(await r.until(/Return value: .*\r\n/), /Return value: done\r\n/);
});

test('uart: open with options, write iolists, read them back over a loopback; input from a stimulus; a file as TX', { skip }, async () => {
  const tx = path.join(DIR, 'uart2-tx.bin');
  const devices = checkDevices({ uart: { UART1: { loopback: true }, UART2: { tx } } });
  const app = appAvm(
    mod(
      'u1',
      `start() ->
    U = uart:open("UART1", [{speed, 9600}, {data_bits, 8}, {stop_bits, 1}, {parity, none}, {flow_control, none}]),
    ok = uart:write(U, [<<"any">>, $d, $a, $t, $a, "goes", [<<"here">>]]),
    {ok, Bin} = uart:read(U),
    {error, timeout} = uart:read(U, 50),
    U2 = uart:open("UART2", [{speed, 115200}]),
    ok = uart:write(U2, <<"to the file">>),
    ok = uart:close(U2),
    io:format("echo ~p~n", [Bin]),
    {ok, In} = uart:read(U),
    ok = uart:close(U),
    Bad = [catch uart:open("UART7", []), catch uart:open("UART1", [{data_bits, 9}]),
           catch uart:open("UART1", [{parity, maybe}]), catch uart:write(U, [1 | 2]), catch uart:write(U, <<"closed">>)],
    io:format("in ~p ~p~n", [In, [element(1, element(2, B)) || B <- Bad]]),
    done.`,
    ),
  );
  const r = boot(app, { devices, stimulus: Stimulus.parse('wait echo\nuart 1 GPS\\x2c1\\n\n') });
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /echo <<"anydatagoeshere">>\r\n/);
  assert.match(out, /in <<"GPS,1\\n">> \[badarg,badarg,badarg,badarg,badarg\]\r\nReturn value: done\r\n/);
  const deadline = Date.now() + 10000;
  while (!(fs.existsSync(tx) && fs.readFileSync(tx, 'latin1') === 'to the file') && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
  assert.equal(fs.readFileSync(tx, 'latin1'), 'to the file');
});

test('ledc: timer and channel config, set/update duty, fades; system_info esp_* keys; freq_hz', { skip }, async () => {
  const app = appAvm(
    mod(
      'l1',
      `start() ->
    ok = ledc:timer_config([{duty_resolution, 13}, {freq_hz, 5000}, {speed_mode, 0}, {timer_num, 0}]),
    ok = ledc:channel_config([{channel, 0}, {duty, 0}, {gpio_num, 2}, {speed_mode, 0}, {hpoint, 0}, {timer_sel, 0}]),
    ok = ledc:set_duty(0, 0, 4096),
    0 = ledc:get_duty(0, 0),
    ok = ledc:update_duty(0, 0),
    4096 = ledc:get_duty(0, 0),
    5000 = ledc:get_freq(0, 0),
    ok = ledc:fade_func_install(0),
    ok = ledc:set_fade_with_time(0, 0, 8000, 200),
    ok = ledc:fade_start(0, 0, 0),
    timer:sleep(400),
    8000 = ledc:get_duty(0, 0),
    {error, _} = ledc:set_duty(0, 5, 1),
    {'EXIT', {badarg, _}} = catch ledc:set_duty(0, 9, 1),
    {'EXIT', {badarg, _}} = catch ledc:timer_config([{freq_hz, 5000}]),
    {esp32, _, 2, _} = erlang:system_info(esp_chip_info),
    Heap = erlang:system_info(esp_free_heap_size),
    true = is_integer(Heap) andalso Heap > 0,
    [$v | _] = erlang:system_info(esp_idf_version),
    {'EXIT', {badarg, _}} = catch erlang:system_info(esp_nonsense),
    io:format("~p ~p~n", [esp:freq_hz(), atomvm:platform()]),
    done.`,
    ),
  );
  const r = boot(app);
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /\[ledc\] channel 0 \(pin 2\) duty 0\/8191\r\n\[ledc\] channel 0 \(pin 2\) duty 4096\/8191\r\n\[ledc\] channel 0 \(pin 2\) fade to 8000 over 200 ms\r\n/);
  assert.match(out, /\[ledc\] channel 0 \(pin 2\) duty 8000\/8191\r\n/);
  assert.match(out, /240000000 esp32\r\nReturn value: done\r\n/);
});

test('stimulus scripts: syntax errors name the line', () => {
  assert.throws(() => Stimulus.parse('pin 4 high\nbogus 1\n', 's.txt'), /^Error: s\.txt:2: unknown command bogus/);
  assert.throws(() => Stimulus.parse('pin 44 high', 's.txt'), /s\.txt:1: expected pin N high\|low\|float/);
  assert.throws(() => Stimulus.parse('wait', 's.txt'), /s\.txt:1: wait needs a text/);
  assert.equal(Stimulus.parse('# c\n\n500 pin 4 high\n+20 uart 1 a\\n\nwait x\n').steps.length, 3);
  assert.throws(() => checkDevices({ i2c: [{ address: 200 }] }), /not a 7-bit address/);
  assert.throws(() => checkDevices({ uart: { UART5: {} } }), /UART5 is not UART1 or UART2/);
});
