-module(proc_parallel_map).
-export([start/0]).

%% A parallel map: one process per element, results collected in order.
start() ->
    L = lists:seq(1, 50),
    R = pmap(fun(X) -> fact(X) rem 1000003 end, L),
    io:format("~p~n", [lists:sublist(R, 10)]),
    io:format("same as map ~p~n", [R =:= [fact(X) rem 1000003 || X <- L]]),
    R2 = pmap(fun(X) -> case X rem 7 of 0 -> error(seven); _ -> X end end, lists:seq(1, 20)),
    io:format("~p~n", [R2]),
    ok.

pmap(F, L) ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), try {ok, F(X)} catch error:E -> {error, E} end} end) || X <- L],
    [receive {P, {ok, V}} -> V; {P, {error, E}} -> {failed, E} end || P <- Pids].

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
