%% Runs on the Espruino backend's test model (test/tools/espruino_backend.test.ts): platform,
%% GPIO output and an interrupt, NVS through Storage, PWM through ledc, I2C.
-module(esp_demo).
-export([start/0]).

start() ->
    io:format("platform ~p~n", [atomvm:platform()]),
    ok = gpio:set_pin_mode(2, output),
    ok = gpio:digital_write(2, high),
    ok = gpio:digital_write(2, low),
    ok = gpio:set_pin_mode(0, input),
    ok = gpio:set_pin_pull(0, up),
    io:format("pin 0 ~p~n", [gpio:digital_read(0)]),
    GPIO = gpio:open(),
    ok = gpio:set_int(GPIO, 0, falling),
    receive
        {gpio_interrupt, P} -> io:format("interrupt ~p~n", [P])
    after 5000 -> io:format("no interrupt~n")
    end,
    ok = gpio:remove_int(GPIO, 0),
    Old = esp:nvs_get_binary(demo, count, <<0>>),
    <<N>> = Old,
    ok = esp:nvs_set_binary(demo, count, <<(N + 1)>>),
    io:format("nvs ~p -> ~p~n", [Old, esp:nvs_get_binary(demo, count)]),
    ok = ledc:timer_config([{duty_resolution, 10}, {freq_hz, 5000}, {speed_mode, 0}, {timer_num, 0}]),
    ok = ledc:channel_config([{channel, 0}, {duty, 0}, {gpio_num, 4}, {speed_mode, 0}, {timer_sel, 0}]),
    ok = ledc:set_duty(0, 0, 512),
    ok = ledc:update_duty(0, 0),
    I2C = i2c:open([{scl, 22}, {sda, 21}, {clock_speed_hz, 100000}]),
    ok = i2c:write_bytes(I2C, 16#76, 16#D0, <<>>),
    io:format("i2c ~p~n", [i2c:read_bytes(I2C, 16#76, 16#D0, 1)]),
    timer:sleep(20),
    done.
