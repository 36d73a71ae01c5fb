-module(bitsyntax_zero_size).
-export([start/0]).

start() ->
    Z = id(0),
    io:format("~w ~w ~w~n", [<<(id(5)):Z>>, <<(id(<<"abc">>)):Z/binary>>, <<>>]),
    <<X:Z, Rest/binary>> = id(<<1, 2>>),
    io:format("~w ~w~n", [X, Rest]),
    <<Empty:0/binary, All/binary>> = id(<<"data">>),
    io:format("~p ~p~n", [Empty, All]),
    io:format("~p~n", [[m(id(B)) || B <- [<<>>, <<0>>, <<0:1>>, <<1, 2>>]]]),
    io:format("~w ~w ~w~n", [byte_size(<<>>), bit_size(<<>>), <<>> =:= <<(id(<<>>))/binary>>]),
    io:format("~w~n", [<< <<X1>> || <<X1>> <= id(<<>>) >>]),
    io:format("~w~n", [list_to_binary([<<>>, [], [[]], <<>>])]),
    ok.

m(<<>>) -> empty;
m(<<0>>) -> zero_byte;
m(<<_:1>>) -> one_bit;
m(_) -> other.

id(V) -> V.
