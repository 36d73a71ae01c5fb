-module(binaries_t2b_binaries).
-export([start/0]).

start() ->
    Bs = [<<>>, <<1, 2, 3>>, <<"text">>, <<1:1>>, <<255, 7:3>>, <<1:15>>, binary:copy(<<"x">>, 100)],
    lists:foreach(
      fun(X) ->
              B = term_to_binary(X),
              Show = if byte_size(B) > 40 -> {byte_size(B), binary:part(B, 0, 8)}; true -> B end,
              io:format("~w ~w~n", [Show, binary_to_term(B) =:= X])
      end, [id(X) || X <- Bs]),
    Sub = binary:part(id(<<"0123456789">>), 3, 4),
    io:format("~w~n", [term_to_binary(Sub)]),
    io:format("~w~n", [term_to_binary([<<"a">>, <<"b">>])]),
    term_to_binary(id(<<"bin">>)).

id(X) -> X.
