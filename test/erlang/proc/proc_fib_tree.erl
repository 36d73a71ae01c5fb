-module(proc_fib_tree).
-export([start/0]).

%% Fibonacci by a tree of processes: each call above a cutoff spawns two children and
%% waits for both answers, matched by reference.
start() ->
    [io:format("fib(~p) = ~p~n", [N, pfib(N)]) || N <- [0, 1, 2, 10, 15, 18]],
    {P, R} = spawn_monitor(fun() -> exit({result, pfib(16)}) end),
    receive {'DOWN', R, process, P, {result, V}} -> io:format("via exit reason ~p~n", [V]) end,
    ok.

pfib(N) when N < 8 -> fib(N);
pfib(N) ->
    Self = self(),
    R1 = make_ref(),
    R2 = make_ref(),
    spawn(fun() -> Self ! {R1, pfib(N - 1)} end),
    spawn(fun() -> Self ! {R2, pfib(N - 2)} end),
    B = receive {R2, V2} -> V2 end,
    A = receive {R1, V1} -> V1 end,
    A + B.

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).
