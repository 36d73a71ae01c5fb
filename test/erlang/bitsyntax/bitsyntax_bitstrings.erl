-module(bitsyntax_bitstrings).
-export([start/0]).

start() ->
    Bs = [<<1:1>>, <<0:3>>, <<5:3>>, <<1:1, 0:1, 1:1, 1:1, 0:1>>, <<255, 1:2>>, <<16#ABC:12>>,
          <<1:7>>, <<(id(-1)):9>>, <<>>],
    lists:foreach(
      fun(B) ->
              io:format("~p ~w bit_size=~w byte_size=~w is_binary=~w is_bitstring=~w~n",
                        [B, B, bit_size(B), byte_size(B), is_binary(B), is_bitstring(B)])
      end, Bs),
    Cat = << <<B/bitstring>> || B <- Bs >>,
    io:format("~p ~w~n", [Cat, bit_size(Cat)]),
    <<A:5, R/bitstring>> = id(<<16#FF, 16#00>>),
    io:format("~w ~p ~w~n", [A, R, bit_size(R)]),
    Bits = [X || <<X:1>> <= id(<<16#A5>>)],
    io:format("~w~n", [Bits]),
    io:format("~p~n", [list_to_bitstring([<<1:3>>, 2, <<3:5>>])]),
    io:format("~p~n", [bitstring_to_list(<<1, 2, 3:4>>)]),
    <<1:1, 2:5>>.

id(X) -> X.
