%% Prints why the board last reset, then every 5 seconds a random binary of a random length below
%% 128 bytes. When the length comes out 0 (one chance in 128) it restarts the board, which then
%% reports a software reset (esp_rst_sw).
-module(esp_random).
-export([start/0]).

start() ->
    io:format("Reset reason: ~p~n", [esp:reset_reason()]),
    loop().

loop() ->
    case atomvm:random() rem 128 of
        0 ->
            io:format("Restarting...~n"),
            esp:restart();
        Len ->
            io:format("Random bytes: ~p~n", [atomvm:random_bytes(Len)]),
            timer:sleep(5000),
            loop()
    end.
