-module(stdlib_unicode_partial).
-export([start/0]).

%% incomplete and error tuples: the converted prefix and the rest, for chunked input.
id(X) -> X.

decode_chunks(Chunks) -> decode_chunks(Chunks, <<>>, []).

decode_chunks([], <<>>, Acc) -> lists:append(lists:reverse(Acc));
decode_chunks([], Rest, Acc) -> {leftover, lists:append(lists:reverse(Acc)), Rest};
decode_chunks([C | Cs], Pending, Acc) ->
    case unicode:characters_to_list(<<Pending/binary, C/binary>>) of
        L when is_list(L) -> decode_chunks(Cs, <<>>, [L | Acc]);
        {incomplete, L, Rest} -> decode_chunks(Cs, Rest, [L | Acc]);
        {error, L, Rest} -> {error, lists:append(lists:reverse([L | Acc])), Rest}
    end.

start() ->
    B = unicode:characters_to_binary(id("aé€😀z")),
    io:format("~w~n", [B]),
    Splits = [[binary:part(B, 0, N), binary:part(B, N, byte_size(B) - N)] || N <- lists:seq(0, byte_size(B))],
    [io:format("~w~n", [decode_chunks(S)]) || S <- Splits],
    io:format("~w~n", [decode_chunks([<<"ab">>, <<226, 130>>])]),
    io:format("~w~n", [decode_chunks([<<"ab">>, <<255, $c>>])]),
    io:format("~w~n", [unicode:characters_to_binary([<<"ok">>, <<226>>, <<"x">>])]),
    io:format("~w~n", [unicode:characters_to_binary([<<"ok">>, [<<226>>]])]),
    io:format("~w~n", [unicode:characters_to_list([$a, <<240, 159>>])]),
    ok.
