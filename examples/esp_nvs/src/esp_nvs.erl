%% Counts the boots of the board in non-volatile storage: reads the count saved by the previous
%% boot (0 the first time), prints it, and saves it plus one. Reset the board to see it grow.
-module(esp_nvs).
-export([start/0]).

start() ->
    Count = case esp:get_binary(esp_nvs, boot_count) of
        <<N:32>> -> N;
        undefined -> 0
    end,
    io:format("Saving count ~p to NVS...~n", [Count]),
    ok = esp:set_binary(esp_nvs, boot_count, <<(Count + 1):32>>),
    io:format("Reset device to increment.~n"),
    ok.
