-module(stdlib_array_errors).
-export([start/0]).

id(X) -> X.

t(F) ->
    try F() of
        V when is_list(V); is_integer(V); is_atom(V) -> {ok, V};
        _ -> {ok, array}
    catch
        C:R -> {C, R}
    end.

start() ->
    A = array:from_list(id([a, b, c, d, e])),
    X = id(notarray),
    Fx = array:fix(A),
    Cases = [fun() -> array:get(10, A) end,
             fun() -> array:get(10, Fx) end,
             fun() -> array:get(-1, A) end,
             fun() -> array:get(a, A) end,
             fun() -> array:get(1.0, A) end,
             fun() -> array:get(1, X) end,
             fun() -> array:set(5, x, Fx) end,
             fun() -> array:set(-1, x, A) end,
             fun() -> array:set(1.0, x, A) end,
             fun() -> array:set(1, v, X) end,
             fun() -> array:reset(10, A) end,
             fun() -> array:reset(10, Fx) end,
             fun() -> array:reset(-1, A) end,
             fun() -> array:reset(a, A) end,
             fun() -> array:reset(1, X) end,
             fun() -> array:size(X) end,
             fun() -> array:default(X) end,
             fun() -> array:sparse_size(X) end,
             fun() -> array:is_fix(X) end,
             fun() -> array:fix(X) end,
             fun() -> array:relax(X) end,
             fun() -> array:to_list(X) end,
             fun() -> array:sparse_to_list(X) end,
             fun() -> array:to_orddict(X) end,
             fun() -> array:sparse_to_orddict(X) end,
             fun() -> array:resize(X) end,
             fun() -> array:resize(3, X) end,
             fun() -> array:from_list(X) end,
             fun() -> array:from_list([a | b]) end,
             fun() -> array:from_list(X, 0) end,
             fun() -> array:map(X, A) end,
             fun() -> array:map(fun(V) -> V end, A) end,
             fun() -> array:map(fun(_, V) -> V end, X) end,
             fun() -> array:sparse_map(X, A) end,
             fun() -> array:foldl(fun(V) -> V end, 0, A) end,
             fun() -> array:foldl(fun(_, _, V) -> V end, 0, X) end,
             fun() -> array:foldr(X, 0, A) end,
             fun() -> array:sparse_foldl(X, 0, A) end,
             fun() -> array:sparse_foldr(X, 0, A) end,
             fun() -> array:is_array(X) end,
             fun() -> array:get(0, array:fix(array:new())) end,
             fun() -> array:set(4, x, array:new(4)) end,
             fun() -> array:reset(0, array:fix(array:new(2))) end,
             fun() -> array:nonexistent(A) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
