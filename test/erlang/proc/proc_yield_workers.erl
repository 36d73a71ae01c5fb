-module(proc_yield_workers).
-export([start/0]).

%% Workers that call erlang:yield/0 in their loops all finish, and a busy process without
%% yields does not keep a waiting process from its timeout.
start() ->
    Self = self(),
    Ws = [spawn(fun() -> Self ! {done, I, work(I * 1000, 0)} end) || I <- lists:seq(1, 6)],
    Rs = lists:sort([receive {done, I, S} -> {I, S} end || _ <- Ws]),
    io:format("~p~n", [Rs]),
    Busy = spawn(fun() -> spin(3000000) end),
    T0 = erlang:monotonic_time(millisecond),
    receive never -> ok after 20 -> ok end,
    io:format("timeout while another process spins ~p~n", [erlang:monotonic_time(millisecond) - T0 < 2000]),
    exit(Busy, kill),
    io:format("yield returns ~p~n", [erlang:yield()]),
    ok.

work(0, Acc) -> Acc;
work(N, Acc) ->
    case N rem 100 of
        0 -> erlang:yield();
        _ -> ok
    end,
    work(N - 1, Acc + N).

spin(0) -> ok;
spin(N) -> spin(N - 1).
