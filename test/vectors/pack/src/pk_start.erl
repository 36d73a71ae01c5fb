%% Packbeam test vector: a start module with literals (LitT), funs (FunT),
%% a string table (StrT), local functions (LocT) and imports (ImpT).
-module(pk_start).
-export([start/0]).

start() ->
    Tab = [{one, 1}, {two, "deux"}, {three, <<"drei">>}, #{key => [a, b, c]}],
    F = fun(X) -> X * 2 end,
    G = fun({K, _}) -> K; (M) -> M end,
    io:format("~p~n", [lists:map(G, Tab)]),
    io:format("~p ~p ~s~n", [F(21), tag(<<"abc", 1, 2>>), wrap(<<"x">>)]),
    pk_lib:add(pk_util:greeting(), 0).

tag(<<"abc", Rest/binary>>) -> {abc, Rest};
tag(<<"xyz", Rest/binary>>) -> {xyz, Rest};
tag(_) -> other.

wrap(X) -> <<"<<", X/binary, ">>">>.
