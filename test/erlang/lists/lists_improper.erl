-module(lists_improper).
-export([start/0]).

start() ->
    Ls = [id([1 | 2]), id([1, 2 | 3]), id([a | []]), id([[] | []]), id([1, 2 | <<"bin">>]), id([x | {t}])],
    lists:foreach(fun(L) -> io:format("~w ~p is_list=~w~n", [L, L, is_list(L)]) end, Ls),
    [H | T] = id([1, 2 | 3]),
    io:format("~w ~w~n", [H, T]),
    R = [try length(L) catch error:E -> E end || L <- Ls],
    io:format("~w~n", [R]),
    io:format("~w~n", [improper_length(id([a, b, c | d]), 0)]),
    io:format("~w~n", [try lists:reverse(id([1 | 2])) catch error:E2 -> E2 end]),
    io:format("~w~n", [[1, 2] ++ 3]),
    io:format("~w~n", [tl(id([1 | 2]))]),
    id([a | b]).

improper_length([_ | T], N) -> improper_length(T, N + 1);
improper_length([], N) -> {proper, N};
improper_length(Tail, N) -> {improper, N, Tail}.

id(X) -> X.
