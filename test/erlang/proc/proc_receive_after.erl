-module(proc_receive_after).
-export([start/0]).

%% A receive with a timeout keeps its deadline while non-matching messages arrive.
start() ->
    Self = self(),
    spawn(fun() -> noise(Self, 8) end),
    T0 = erlang:monotonic_time(millisecond),
    R = receive wanted -> got_it after 120 -> timed_out end,
    T1 = erlang:monotonic_time(millisecond),
    io:format("~p, waited at least 120: ~p, less than 400: ~p~n", [R, T1 - T0 >= 120, T1 - T0 < 400]),
    receive noise_done -> ok end,
    Noise = flush(),
    io:format("noise messages ~p~n", [length(Noise)]),
    spawn(fun() -> timer:sleep(20), Self ! wanted end),
    R2 = receive wanted -> got_it after 500 -> timed_out end,
    io:format("~p~n", [R2]),
    R3 = receive wanted -> got_it after 0 -> immediate end,
    io:format("~p~n", [R3]),
    Timeout = id(30),
    R4 = receive nothing -> no after Timeout -> variable_timeout end,
    io:format("~p~n", [R4]),
    Inf = id(infinity),
    self() ! here,
    R5 = receive here -> here_now after Inf -> never end,
    io:format("~p~n", [R5]),
    R6 = try receive x -> x after id(-1) -> neg end catch error:E -> {error, E} end,
    io:format("~p~n", [R6]),
    R7 = try receive x -> x after id(bad) -> neg end catch error:E2 -> {error, E2} end,
    io:format("~p~n", [R7]),
    ok.

noise(Parent, 0) -> Parent ! noise_done;
noise(Parent, N) ->
    Parent ! {noise, N},
    timer:sleep(10),
    noise(Parent, N - 1).

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.

id(X) -> X.
