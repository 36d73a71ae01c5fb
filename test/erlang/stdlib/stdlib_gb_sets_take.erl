-module(stdlib_gb_sets_take).
-export([start/0]).

start() ->
    S = gb_sets:from_list(lists:seq(1, id(12))),
    io:format("~w~n", [S]),
    io:format("~w~n", [gb_sets:take_smallest(S)]),
    io:format("~w~n", [gb_sets:take_largest(S)]),
    io:format("~w ~w~n", [gb_sets:smallest(S), gb_sets:largest(S)]),
    io:format("~w~n", [drain_small(S)]),
    io:format("~w~n", [drain_large(S)]),
    io:format("~w~n", [gb_sets:delete_any(99, S) =:= S]),
    io:format("~w~n", [gb_sets:delete_any(6, S)]),
    io:format("~w~n", [gb_sets:del_element(7, S)]),
    io:format("~w~n", [gb_sets:add_element(0, S)]),
    io:format("~w~n", [gb_sets:insert(13, S)]),
    io:format("~w~n", [gb_sets:add(5, S) =:= S]),
    io:format("~w~n", [gb_sets:balance(gb_sets:del_element(1, gb_sets:del_element(2, S)))]),
    io:format("~w~n", [gb_sets:singleton(x)]),
    io:format("~w~n", [gb_sets:from_ordset(id([a, b, c, d]))]),
    io:format("~w~n", [gb_sets:to_list(gb_sets:filter(fun(X) -> X > 9 end, S))]),
    gb_sets:size(S).

drain_small(S) ->
    case gb_sets:is_empty(S) of
        true -> [];
        false -> {X, S2} = gb_sets:take_smallest(S), [X | drain_small(S2)]
    end.

drain_large(S) ->
    case gb_sets:is_empty(S) of
        true -> [];
        false -> {X, S2} = gb_sets:take_largest(S), [X | drain_large(S2)]
    end.

id(X) -> X.
