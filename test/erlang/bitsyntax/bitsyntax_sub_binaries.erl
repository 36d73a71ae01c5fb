-module(bitsyntax_sub_binaries).
-export([start/0]).

start() ->
    Big = id(list_to_binary([lists:seq($a, $z), lists:seq($A, $Z), lists:seq($0, $9)])),
    <<_:10/binary, Mid:20/binary, _/binary>> = Big,
    io:format("~p~n", [Mid]),
    <<_:5/binary, Inner:5/binary, _/binary>> = Mid,
    io:format("~p ~p~n", [Inner, binary:part(Big, 15, 5) =:= Inner]),
    Parts = [binary:part(Big, P, L) || {P, L} <- [{0, 3}, {61, 1}, {62, 0}, {30, -5}]],
    io:format("~p~n", [Parts]),
    Nested = <<Mid/binary, Inner/binary, Mid:3/binary>>,
    io:format("~p~n", [Nested]),
    io:format("~p~n", [binary:referenced_byte_size(Big) >= byte_size(Big)]),
    Copy = binary:copy(Inner),
    io:format("~p ~p~n", [Copy =:= Inner, binary:copy(<<"ab">>, 3)]),
    {Mid, Inner}.

id(X) -> X.
