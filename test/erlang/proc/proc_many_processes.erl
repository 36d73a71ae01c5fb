-module(proc_many_processes).
-export([start/0]).

%% Thousands of short-lived processes, results gathered in spawn order.
start() ->
    Self = self(),
    N = id(2000),
    Pids = [spawn(fun() -> Self ! {self(), I, fib(I rem 15)} end) || I <- lists:seq(1, N)],
    Results = [receive {P, I, F} -> {I, F} end || P <- Pids],
    io:format("~p~n", [length(Results)]),
    io:format("~p~n", [lists:sublist(Results, 16)]),
    io:format("~p~n", [lists:sum([F || {_, F} <- Results])]),
    timer:sleep(20),
    io:format("all gone ~p~n", [[P || P <- Pids, is_process_alive(P)]]),
    ok.

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

id(X) -> X.
