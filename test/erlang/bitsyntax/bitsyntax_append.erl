-module(bitsyntax_append).
-export([start/0]).

%% Growing binaries in loops (the "append" pattern compilers optimise).
start() ->
    B1 = lists:foldl(fun(X, Acc) -> <<Acc/binary, X>> end, <<>>, lists:seq(1, 20)),
    io:format("~w~n", [B1]),
    B2 = build(1000, <<>>),
    io:format("~w ~w ~w~n", [byte_size(B2), binary:first(B2), binary:last(B2)]),
    B3 = lists:foldl(fun(X, Acc) -> <<Acc/bits, X:3>> end, <<>>, lists:seq(0, 7)),
    io:format("~p ~w~n", [B3, bit_size(B3)]),
    %% two binaries grown from the same base must not interfere
    Base = <<"base">>,
    X = <<Base/binary, "-x">>,
    Y = <<Base/binary, "-y">>,
    Z = <<X/binary, "-z">>,
    io:format("~p ~p ~p ~p~n", [Base, X, Y, Z]),
    Str = join([<<"a">>, <<"bb">>, <<"ccc">>], <<", ">>),
    io:format("~p~n", [Str]),
    erlang:crc32(B2).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256)>>).

join([], _) -> <<>>;
join([H | T], Sep) -> lists:foldl(fun(E, Acc) -> <<Acc/binary, Sep/binary, E/binary>> end, H, T).
