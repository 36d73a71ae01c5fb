-module(proc_spawn_mfa).
-export([start/0, worker/3, adder/1]).

%% spawn/3 and spawn/4 (local node) with exported functions and argument lists.
start() ->
    Self = self(),
    spawn(?MODULE, worker, [Self, hello, [1, 2, 3]]),
    receive {worker, hello, Sum} -> io:format("sum ~p~n", [Sum]) end,
    spawn(node(), ?MODULE, worker, [Self, again, lists:seq(1, 100)]),
    receive {worker, again, S2} -> io:format("sum ~p~n", [S2]) end,
    A = spawn(?MODULE, adder, [0]),
    [A ! {add, N} || N <- [5, 10, 15]],
    A ! {total, Self},
    receive {total, T} -> io:format("total ~p~n", [T]) end,
    F = spawn(node(), fun() -> Self ! from_spawn2 end),
    receive from_spawn2 -> io:format("spawn/2 ok ~p~n", [is_pid(F)]) end,
    {'EXIT', {badarg, _}} = (catch spawn(?MODULE, worker, not_a_list)),
    {'EXIT', {badarg, _}} = (catch spawn("mod", worker, [])),
    {'EXIT', {badarg, _}} = (catch spawn(?MODULE, 42, [])),
    {'EXIT', {badarg, _}} = (catch spawn(not_a_fun)),
    io:format("badargs ok~n"),
    ok.

worker(Parent, Tag, List) ->
    Parent ! {worker, Tag, lists:sum(List)}.

adder(N) ->
    receive
        {add, X} -> adder(N + X);
        {total, P} -> P ! {total, N}
    end.
