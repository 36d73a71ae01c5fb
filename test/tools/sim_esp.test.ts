// The esp module on the simulated board: NVS values in the flash's nvs partition survive
// esp:restart/0 (reset_reason then esp_rst_sw) and a new board on the same flash; erase_key,
// erase_all, reformat and the nvs_* spellings; deep sleep wakes by its timer; bad names raise
// badarg. The host (generic_unix) has no gpio/esp natives: calls raise undef.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { appAvm, boot, skip, flashFile, DIR, ROOT } from '../vectors/sim/harness';

const mod = (name: string, body: string) => ({ [name]: `-module(${name}).\n-export([start/0]).\n${body}\n` });

test('NVS: values survive esp:restart/0 and a new board on the same flash; erase and reformat', { skip }, async () => {
  const app = appAvm(
    mod(
      'n1',
      `start() ->
    R = esp:reset_reason(),
    N = case esp:get_binary(app, boots) of undefined -> 0; <<B:8>> -> B end,
    io:format("boot ~p ~p ~p~n", [N, R, esp:get_binary(app, missing, default)]),
    ok = esp:set_binary(app, boots, <<(N + 1):8>>),
    case N of
        0 ->
            ok = esp:nvs_set_binary(other, <<"k1">>, <<"v1">>),
            ok = esp:set_binary(other, k2, <<"v2">>),
            ok = esp:set_binary(app, big, binary:copy(<<"x">>, 3000)),
            esp:restart(),
            io:format("not seen~n"),
            timer:sleep(infinity);
        1 ->
            <<"v1">> = esp:nvs_get_binary(other, k1),
            ok = esp:erase_key(other, k1),
            undefined = esp:get_binary(other, k1),
            <<"v2">> = esp:get_binary(other, k2, none),
            3000 = byte_size(esp:get_binary(app, big)),
            %% enough rewrites to wrap the log: compaction keeps the live values
            [ok = esp:set_binary(app, big, binary:copy(<<I>>, 3000)) || I <- lists:seq(1, 12)],
            <<12, _/binary>> = esp:get_binary(app, big),
            ok = esp:erase_all(other),
            undefined = esp:get_binary(other, k2),
            Bad = [catch esp:set_binary(app, this_key_is_too_long, <<>>), catch esp:set_binary(app, k, not_binary),
                   catch esp:get_binary(<<>>, k)],
            io:format("bad ~p~n", [[element(1, element(2, X)) || X <- Bad]]),
            second_done;
        _ ->
            third_done
    end.`,
    ),
  );
  const file = flashFile();
  const r = boot(app, {}, file);
  const out = await r.until(/Return value: .*\r\n/, 60000);
  assert.match(out, /boot 0 esp_rst_poweron default\r\n/);
  assert.match(out, /\[esp\] restart\r\n/);
  assert.doesNotMatch(out, /not seen/);
  assert.match(out, /rst:0xc \(SW_CPU_RESET\),boot:0x13 \(SPI_FAST_FLASH_BOOT\)\r\n/);
  assert.match(out, /boot 1 esp_rst_sw default\r\n/);
  assert.match(out, /bad \[badarg,badarg,badarg\]\r\nReturn value: second_done\r\n/);
  r.board.shutdown();

  // a new run (another monitor session) on the same flash sees the saved count
  const r2 = boot(null, {}, file);
  assert.match(await r2.until(/Return value: .*\r\n/), /boot 2 esp_rst_poweron default\r\nReturn value: third_done\r\n/);
  r2.board.shutdown();

  // reformat empties every namespace
  const wipe = appAvm(mod('n2', `start() -> ok = esp:reformat(), {esp:get_binary(app, boots), esp:nvs_reformat()}.`));
  const r3 = boot(wipe, {}, file);
  assert.match(await r3.until(/Return value: .*\r\n/), /Return value: \{undefined,ok\}\r\n/);
});

test('deep sleep: the board stops and its timer wakes it; sleep_get_wakeup_cause', { skip }, async () => {
  const app = appAvm(
    mod(
      's1',
      `start() ->
    case esp:sleep_get_wakeup_cause() of
        undefined -> io:format("first ~p~n", [esp:reset_reason()]), esp:deep_sleep(300), timer:sleep(infinity);
        Cause -> io:format("woke ~p ~p~n", [Cause, esp:reset_reason()]), Cause
    end.`,
    ),
  );
  const r = boot(app);
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /first esp_rst_poweron\r\n\[esp\] deep sleep for 300 ms\r\n/);
  assert.match(out, /rst:0x5 \(DEEPSLEEP_RESET\)/);
  assert.match(out, /woke sleep_wakeup_timer esp_rst_deepsleep\r\nReturn value: sleep_wakeup_timer\r\n/);
});

test('host (run, generic_unix): gpio and esp natives are absent and raise undef', { skip }, () => {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const d = fs.mkdtempSync(path.join(DIR, 'host-'));
  fs.writeFileSync(
    path.join(d, 'h1.erl'),
    `-module(h1).\n-export([start/0]).\nstart() -> [atomvm:platform() | [element(1, element(2, catch F())) || F <- [fun() -> gpio:digital_write(2, high) end, fun() -> esp:restart() end, fun() -> i2c:open([]) end, fun() -> gpio:set_int(gpio:open(), 4, rising) end]]].\n`,
  );
  assert.equal(spawnSync('erlc', ['-o', d, path.join(d, 'h1.erl')]).status, 0);
  const r = spawnSync(process.execPath, [cli, 'run', path.join(d, 'h1.beam')], { encoding: 'utf8', timeout: 60000 });
  assert.match(r.stderr, /Return value: \[generic_unix,undef,undef,undef,undef\]/, r.stderr + r.stdout);
});
