-module(bitsyntax_bit_reverse).
-export([start/0]).

start() ->
    Bs = [<<1>>, <<128>>, <<16#0F>>, <<1, 2, 3>>, <<16#ABCD:16>>, <<5:3>>],
    lists:foreach(fun(B) -> io:format("~p -> ~p~n", [B, rev_bits(B)]) end, [id(B) || B <- Bs]),
    io:format("~p~n", [rev_bytes(id(<<"stressed">>))]),
    io:format("~w~n", [[rev_byte(X) || X <- [1, 2, 3, 16#F0, 16#AA]]]),
    Ok = lists:all(fun(B) -> rev_bits(rev_bits(B)) =:= B end, Bs),
    io:format("involution ~p~n", [Ok]),
    Ok.

rev_bits(B) -> << <<X:1>> || X <- lists:reverse([Y || <<Y:1>> <= B]) >>.
rev_bytes(B) -> list_to_binary(lists:reverse(binary_to_list(B))).
rev_byte(X) -> <<R:8>> = rev_bits(<<X>>), R.

id(X) -> X.
