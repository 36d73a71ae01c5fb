-module(binaries_sizes).
-export([start/0]).

start() ->
    Bs = [<<>>, <<0>>, <<"hello">>, <<1:1>>, <<1, 2:4>>, list_to_binary(lists:seq(1, 100)),
          binary:copy(<<"abcdefgh">>, 1000), <<(id(1)):1000>>],
    lists:foreach(
      fun(B) -> io:format("byte_size=~w bit_size=~w size=~w~n", [byte_size(B), bit_size(B), size_or(B)]) end,
      [id(B) || B <- Bs]),
    io:format("~w~n", [[is_binary(id(X)) || X <- [<<>>, <<1:1>>, "abc", <<"x">>]]]),
    io:format("~w~n", [[try byte_size(id(X)) catch error:badarg -> badarg end || X <- ["abc", abc, 1]]]),
    lists:sum([byte_size(B) || B <- Bs]).

size_or(B) when is_binary(B) -> size(B);
size_or(_) -> bitstring.

id(X) -> X.
