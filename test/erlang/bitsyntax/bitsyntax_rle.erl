-module(bitsyntax_rle).
-export([start/0]).

start() ->
    Ins = [<<>>, <<"a">>, <<"aaabccddddde">>, <<0, 0, 0, 0, 1, 1, 2>>, binary:copy(<<"x">>, 300)],
    lists:foreach(
      fun(B) ->
              E = encode(B),
              io:format("~w -> ~w (~w) ok=~p~n", [byte_size(B), E, byte_size(E), decode(E) =:= B])
      end, [id(B) || B <- Ins]),
    encode(id(<<"aaabccddddde">>)).

encode(<<>>) -> <<>>;
encode(<<C, Rest/binary>>) -> run(Rest, C, 1, <<>>).

run(<<C, Rest/binary>>, C, N, Acc) when N < 255 -> run(Rest, C, N + 1, Acc);
run(<<D, Rest/binary>>, C, N, Acc) -> run(Rest, D, 1, <<Acc/binary, N, C>>);
run(<<>>, C, N, Acc) -> <<Acc/binary, N, C>>.

decode(B) -> << <<(binary:copy(<<C>>, N))/binary>> || <<N, C>> <= B >>.

id(X) -> X.
