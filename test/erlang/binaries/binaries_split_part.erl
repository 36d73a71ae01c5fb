-module(binaries_split_part).
-export([start/0]).

start() ->
    B = id(<<"0123456789abcdef">>),
    lists:foreach(fun(N) -> io:format("split ~w: ~p~n", [N, split_binary(B, N)]) end, [0, 1, 8, 15, 16]),
    Parts = [{0, 4}, {4, 4}, {16, 0}, {10, -3}, {16, -16}, {3, 13}],
    lists:foreach(fun({P, L}) -> io:format("part ~w ~w: ~p~n", [P, L, binary_part(B, P, L)]) end, Parts),
    io:format("~p~n", [binary_part(B, {2, 3})]),
    Bad = [fun() -> split_binary(B, 17) end,
           fun() -> split_binary(B, -1) end,
           fun() -> binary_part(B, 10, 7) end,
           fun() -> binary_part(B, -1, 2) end,
           fun() -> binary_part(B, 2, -3) end,
           fun() -> split_binary(id(notbin), 0) end],
    io:format("~p~n", [[try F() catch error:E -> E end || F <- Bad]]),
    {H, T} = split_binary(B, 10),
    <<H/binary, T/binary>> =:= B.

id(X) -> X.
