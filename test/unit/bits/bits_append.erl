%% Appending: accumulator loops, comprehensions, sharing a prefix between two appends, bit-level
%% appends, large results; match contexts passed between functions and positions.
-module(bits_append).
-export([start/0]).

id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.

acc(0, B) -> B;
acc(N, B) -> acc(N - 1, <<B/binary, N:8>>).

accbits(0, B) -> B;
accbits(N, B) -> accbits(N - 1, <<B/bits, N:3>>).

rev(<<>>, Acc) -> Acc;
rev(<<X, Rest/binary>>, Acc) -> rev(Rest, <<X, Acc/binary>>).

sum(<<>>, S) -> S;
sum(<<X:16/little, R/binary>>, S) -> sum(R, S + X);
sum(<<X, R/binary>>, S) -> sum(R, S + X).

count(<<"ab", R/binary>>, N) -> count(R, N + 1);
count(<<_, R/binary>>, N) -> count(R, N);
count(<<>>, N) -> N.

split_words(B) -> split_words(B, <<>>, []).
split_words(<<$\s, R/binary>>, W, Acc) -> split_words(R, <<>>, [W | Acc]);
split_words(<<C, R/binary>>, W, Acc) -> split_words(R, <<W/binary, C>>, Acc);
split_words(<<>>, W, Acc) -> reverse([W | Acc], []).

reverse([], A) -> A;
reverse([H | T], A) -> reverse(T, [H | A]).

start() ->
    B0 = id(<<1, 2, 3>>),
    B1 = <<B0/binary, 10>>,
    B2 = <<B0/binary, 20>>,
    B3 = <<B1/binary, 30>>,
    B4 = <<B1/binary, 40>>,
    io:format("~w ~w ~w ~w ~w~n", [B0, B1, B2, B3, B4]),
    A = acc(1000, <<>>),
    io:format("~w ~w ~w~n", [byte_size(A), binary:part(A, 990, 10), sum(A, 0)]),
    A2 = <<A/binary, "tail">>,
    A3 = <<A/binary, "other">>,
    io:format("~w ~w~n", [binary:part(A2, 996, 8), binary:part(A3, 996, 9)]),
    Bits = accbits(100, <<>>),
    io:format("~w ~w~n", [bit_size(Bits), Bits]),
    Bits2 = <<Bits/bits, 1:1>>,
    Bits3 = <<Bits/bits, 0:2>>,
    io:format("~w ~w~n", [Bits2, Bits3]),
    io:format("~w~n", [rev(id(<<"hello world">>), <<>>)]),
    Big = << <<(X rem 256)>> || X <- lists_seq(1, 5000) >>,
    io:format("~w ~w ~w~n", [byte_size(Big), sum(Big, 0), count(<< <<"xab">> || _ <- lists_seq(1, 300) >>, 0)]),
    io:format("~p~n", [split_words(id(<<"the quick brown fox">>))]),
    Nested = << <<(<< <<Y>> || Y <- lists_seq(1, X) >>)/binary>> || X <- lists_seq(1, 20) >>,
    io:format("~w ~w~n", [byte_size(Nested), sum(Nested, 0)]),
    P = id(<<"prefix">>),
    L = [<<P/binary, X>> || X <- lists_seq($a, $e)],
    io:format("~p~n", [L]),
    io:format("~w~n", [r(fun() -> <<(id(<<1:3>>))/binary, 1>> end)]),
    io:format("~w~n", [r(fun() -> Q = id(a), <<Q/binary, 1>> end)]),
    ok.

lists_seq(A, B) when A > B -> [];
lists_seq(A, B) -> [A | lists_seq(A + 1, B)].
