-module(exceptions_catch_expr).
-export([start/0]).

start() ->
    io:format("~p~n", [catch 42]),
    io:format("~p~n", [catch throw(thrown_value)]),
    io:format("~p~n", [catch exit(exit_value)]),
    {'EXIT', {Reason, Stack}} = catch error(error_value),
    io:format("~p ~p~n", [Reason, is_list(Stack)]),
    {'EXIT', {badarith, _}} = catch id(1) / id(0),
    io:format("badarith caught~n"),
    {'EXIT', {{badmatch, 2}, _}} = catch (1 = id(2)),
    io:format("badmatch caught~n"),
    X = (catch id(10)) + 1,
    io:format("~p~n", [X]),
    L = [catch check(V) || V <- [1, -1, 0, a]],
    io:format("~p~n", [[case R of {'EXIT', {E, _}} -> {exit_with, E}; _ -> R end || R <- L]]),
    io:format("~p~n", [catch throw({'EXIT', fake})]),
    catch throw(done).

check(V) when is_integer(V), V > 0 -> positive;
check(V) when is_integer(V), V < 0 -> throw(negative);
check(0) -> exit(zero);
check(_) -> error(not_integer).

id(X) -> X.
