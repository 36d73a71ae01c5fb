-module(proc_after_nonmatching).
-export([start/0]).

%% An `after` timeout fires even while non-matching messages keep arriving;
%% those messages stay in the mailbox in order.
start() ->
    Self = self(),
    P = spawn(fun() -> noise(Self, 1) end),
    R = receive wanted -> wanted after 80 -> timeout end,
    P ! {stop, self()},
    receive stopped -> ok end,
    io:format("result: ~p~n", [R]),
    Noise = drain(),
    io:format("noise in order: ~p~n", [Noise =:= lists:seq(1, length(Noise))]),
    io:format("some noise: ~p~n", [length(Noise) > 0]),
    R.

noise(To, N) ->
    receive
        {stop, From} -> From ! stopped
    after 5 ->
        To ! {noise, N},
        noise(To, N + 1)
    end.

drain() -> receive {noise, N} -> [N | drain()] after 0 -> [] end.
