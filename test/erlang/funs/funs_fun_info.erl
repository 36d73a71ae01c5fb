-module(funs_fun_info).
-export([start/0, exported/2]).

start() ->
    Local = fun(A, B, C) -> {A, B, C} end,
    Ext = fun lists:map/2,
    Ext2 = fun ?MODULE:exported/2,
    Loc2 = fun local/1,
    lists:foreach(
      fun(F) ->
              {arity, A} = erlang:fun_info(F, arity),
              {module, M} = erlang:fun_info(F, module),
              {type, T} = erlang:fun_info(F, type),
              io:format("arity ~p module ~p type ~p~n", [A, M, T])
      end, [Local, Ext, Ext2, Loc2, fun() -> ok end]),
    io:format("~p~n", [erlang:fun_info(Ext, name)]),
    io:format("~p~n", [erlang:fun_info(Ext2, name)]),
    io:format("~p~n", [[is_function(F) || F <- [Local, Ext, 42, {fun_like}]]]),
    io:format("~p~n", [[is_function(Local, N) || N <- [0, 1, 2, 3, 4]]]),
    io:format("~p~n", [[is_function(Ext, N) || N <- [1, 2]]]),
    io:format("~p~n", [dispatch(fun() -> zero end)]),
    io:format("~p~n", [dispatch(fun(X) -> {one, X} end)]),
    io:format("~p~n", [dispatch(fun(X, Y) -> {two, X, Y} end)]),
    erlang:fun_info(Ext, arity).

dispatch(F) when is_function(F, 0) -> F();
dispatch(F) when is_function(F, 1) -> F(a);
dispatch(F) when is_function(F, 2) -> F(a, b).

exported(A, B) -> A + B.
local(X) -> X.
