-module(proc_info_current_function).
-export([start/0, waiting_here/0, sleeper/0]).

%% current_function of the caller and of processes waiting in known places.
start() ->
    io:format("~p~n", [process_info(self(), current_function)]),
    P = spawn(?MODULE, waiting_here, []),
    timer:sleep(20),
    io:format("~p~n", [process_info(P, current_function)]),
    P ! go,
    S = spawn(?MODULE, sleeper, []),
    timer:sleep(20),
    io:format("~p~n", [process_info(S, current_function)]),
    exit(S, kill),
    {current_function, {M, F, A}} = process_info(self(), current_function),
    io:format("~p:~p/~p~n", [M, F, A]),
    ok.

waiting_here() ->
    receive go -> ok end.

sleeper() ->
    timer:sleep(5000).
