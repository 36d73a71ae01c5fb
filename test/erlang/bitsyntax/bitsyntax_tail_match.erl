-module(bitsyntax_tail_match).
-export([start/0]).

%% Type-length-value records parsed by matching the tail repeatedly.
start() ->
    Msg = encode([{1, <<"name">>}, {2, <<42:32>>}, {3, <<>>}, {7, <<"a longer value here">>}]),
    io:format("encoded ~w bytes: ~w~n", [byte_size(Msg), Msg]),
    Decoded = decode(Msg, []),
    lists:foreach(fun({T, V}) -> io:format("type ~w len ~w ~p~n", [T, byte_size(V), V]) end, Decoded),
    io:format("~w~n", [count_zero_bytes(id(<<0, 1, 0, 0, 2, 0>>), 0)]),
    io:format("~p~n", [split_lines(id(<<"one\ntwo\n\nthree">>), <<>>, [])]),
    length(Decoded).

encode(Items) -> << <<T:8, (byte_size(V)):16, V/binary>> || {T, V} <- Items >>.

decode(<<>>, Acc) -> lists:reverse(Acc);
decode(<<T:8, Len:16, V:Len/binary, Rest/binary>>, Acc) -> decode(Rest, [{T, V} | Acc]).

count_zero_bytes(<<>>, N) -> N;
count_zero_bytes(<<0, Rest/binary>>, N) -> count_zero_bytes(Rest, N + 1);
count_zero_bytes(<<_, Rest/binary>>, N) -> count_zero_bytes(Rest, N).

split_lines(<<>>, Cur, Acc) -> lists:reverse([Cur | Acc]);
split_lines(<<$\n, Rest/binary>>, Cur, Acc) -> split_lines(Rest, <<>>, [Cur | Acc]);
split_lines(<<C, Rest/binary>>, Cur, Acc) -> split_lines(Rest, <<Cur/binary, C>>, Acc).

id(X) -> X.
