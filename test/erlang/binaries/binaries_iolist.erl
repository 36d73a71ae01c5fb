-module(binaries_iolist).
-export([start/0]).

start() ->
    Ios = [[], <<>>, "abc", [<<"a">>, "b", [$c, [<<"d">>]]], [[[[]]]], [<<1, 2>>, 3 | <<4>>],
           [$x | <<"yz">>], lists:duplicate(10, <<"ab">>), [[1, 2], [], [[3]]]],
    lists:foreach(
      fun(I) -> io:format("~w: ~w ~w~n", [I, iolist_size(I), iolist_to_binary(I)]) end,
      [id(I) || I <- Ios]),
    Bad = [[256], [a], [1.0], [-1], {x}, [<<1:1>>]],
    io:format("~w~n", [[{try iolist_size(id(I)) catch error:badarg -> badarg end,
                         try iolist_to_binary(id(I)) catch error:badarg -> badarg end} || I <- Bad]]),
    io:format("~w~n", [iolist_to_binary(id(<<"already binary">>))]),
    io:format("~w~n", [erlang:iolist_to_iovec(id([<<"ab">>, "cd", <<"ef">>]))]),
    iolist_size(id(Ios)).

id(X) -> X.
