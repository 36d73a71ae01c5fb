%% Blinks the LED on pin 2 (the blue LED of most ESP32 boards): on for a second, off for a second,
%% forever. On the simulated board the monitor shows "[gpio] pin 2 -> high" / "-> low".
-module(blink).
-export([start/0]).

-define(PIN, 2).

start() ->
    gpio:set_pin_mode(?PIN, output),
    loop(low).

loop(Level) ->
    Next = case Level of low -> high; high -> low end,
    gpio:digital_write(?PIN, Next),
    timer:sleep(1000),
    loop(Next).
