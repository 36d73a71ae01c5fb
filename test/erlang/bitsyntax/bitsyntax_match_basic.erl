-module(bitsyntax_match_basic).
-export([start/0]).

start() ->
    Bin = id(<<16#12, 16#34, 16#56, 16#78, 16#9A, "hello", 255>>),
    <<A:8, B:16, C:16/little, Rest/binary>> = Bin,
    io:format("~.16B ~.16B ~.16B ~p~n", [A, B, C, Rest]),
    <<First:4, Second:4, _/binary>> = Bin,
    io:format("nibbles ~w ~w~n", [First, Second]),
    <<_:5/binary, Str:5/binary, Last>> = Bin,
    io:format("~s ~w~n", [Str, Last]),
    case Bin of
        <<16#12, 16#35, _/binary>> -> io:format("wrong~n");
        <<16#12, X, _/binary>> -> io:format("second byte ~w~n", [X])
    end,
    <<W:32>> = id(<<0, 0, 1, 0>>),
    <<L:32/little>> = id(<<0, 0, 1, 0>>),
    io:format("~w ~w~n", [W, L]),
    Match = fun(<<"ok">>) -> yes; (<<_, _>>) -> two; (_) -> other end,
    io:format("~p~n", [[Match(id(V)) || V <- [<<"ok">>, <<"no">>, <<"yes">>, <<>>]]]),
    {A, B, C}.

id(V) -> V.
