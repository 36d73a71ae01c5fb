-module(bitsyntax_guards).
-export([start/0]).

start() ->
    Ins = [<<>>, <<1>>, <<1, 2, 3, 4>>, <<"long binary here">>, <<1:4>>, <<0, 0, 0, 0, 0, 0, 0, 0>>, notbin],
    lists:foreach(fun(B) -> io:format("~p: ~p ~p~n", [B, size_class(id(B)), header(id(B))]) end, Ins),
    ok.

size_class(B) when is_binary(B), byte_size(B) =:= 0 -> empty;
size_class(B) when is_binary(B), byte_size(B) < 4 -> small;
size_class(B) when is_binary(B), byte_size(B) rem 8 =:= 0 -> aligned_words;
size_class(B) when is_binary(B) -> medium;
size_class(B) when is_bitstring(B), bit_size(B) < 8 -> bits;
size_class(_) -> not_binary.

header(<<N, _/binary>> = B) when N > 0, byte_size(B) > N -> {counted, N};
header(<<0, 0, Rest/binary>>) when Rest =/= <<>> -> {zeros, byte_size(Rest)};
header(B) when is_binary(B) -> plain;
header(_) -> none.

id(X) -> X.
