-module(funs_equality).
-export([start/0, f/1]).

start() ->
    F = fun(X) -> X end,
    G = F,
    io:format("~p ~p~n", [F =:= G, F == G]),
    Make = fun(N) -> fun() -> N end end,
    A1 = Make(1), A2 = Make(1), B = Make(2),
    io:format("~p ~p~n", [A1 =:= A2, A1 =:= B]),
    E1 = fun ?MODULE:f/1, E2 = fun ?MODULE:f/1, E3 = fun lists:sum/1,
    io:format("~p ~p~n", [E1 =:= E2, E1 =:= E3]),
    io:format("~p~n", [lists:member(E3, [E1, fun lists:sum/1])]),
    io:format("~p~n", [F =:= fun(X) -> X end]),
    Sorted = lists:sort([E3, 1, a, E1]),
    io:format("~p~n", [[if is_function(S) -> fn; true -> S end || S <- Sorted]]),
    io:format("~p~n", [E1 < E3 orelse E1 > E3]),
    length(lists:usort([E1, E2, E3])).

f(X) -> X.
