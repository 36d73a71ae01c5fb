%% Erases every namespace and key of the non-volatile storage. Irrevocable: use with care.
-module(reformat_nvs).
-export([start/0]).

start() ->
    ok = esp:reformat(),
    io:format("Warning: Reformatted NVS partition!~n"),
    ok.
