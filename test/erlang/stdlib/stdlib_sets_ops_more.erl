-module(stdlib_sets_ops_more).
-export([start/0]).

start() ->
    lists:foreach(fun(Opts) -> run_with(Opts) end, [[], [{version, 2}]]),
    ok.

run_with(Opts) ->
    A = sets:from_list(lists:seq(1, id(12)), Opts),
    B = sets:from_list(lists:seq(8, id(20)), Opts),
    C = sets:from_list(id([3, 9, 15]), Opts),
    S = fun(X) -> lists:sort(sets:to_list(X)) end,
    io:format("~w~n", [S(sets:union(A, B))]),
    io:format("~w~n", [S(sets:union([A, B, C]))]),
    io:format("~w~n", [S(sets:intersection(A, B))]),
    io:format("~w~n", [S(sets:intersection([A, B, C]))]),
    io:format("~w~n", [S(sets:subtract(A, B))]),
    io:format("~w ~w ~w~n", [sets:is_subset(C, A), sets:is_subset(sets:new(Opts), A), sets:is_subset(A, A)]),
    io:format("~w ~w~n", [sets:is_disjoint(A, B), sets:is_disjoint(C, sets:from_list([100], Opts))]),
    io:format("~w~n", [sets:fold(fun(X, Acc) -> Acc + X end, 0, A)]),
    io:format("~w~n", [S(sets:filter(fun(X) -> X rem 4 =:= 0 end, B))]),
    io:format("~w ~w~n", [sets:size(sets:new(Opts)), sets:is_empty(sets:new(Opts))]),
    io:format("~w~n", [sets:is_element(1.0, sets:from_list([1], Opts))]),
    io:format("~w~n", [S(sets:add_element(1.0, sets:from_list([1], Opts)))]),
    io:format("~w~n", [sets:size(sets:from_list([1, 1.0, 1], Opts))]),
    io:format("~w~n", [S(sets:del_element(nope, C))]),
    io:format("~w~n", [sets:is_set(A)]),
    io:format("~w~n", [S(sets:intersection([C]))]),
    io:format("~w~n", [catch_it(fun() -> sets:intersection([]) end)]),
    io:format("~w~n", [S(sets:union([]))]),
    io:format("~w~n", [sets:is_empty(sets:subtract(C, A))]).

catch_it(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
