-module(lists_matrix).
-export([start/0]).

start() ->
    A = [[1, 2, 3], [4, 5, 6]],
    B = [[7, 8], [9, 10], [11, 12]],
    io:format("~w~n", [transpose(A)]),
    io:format("~w~n", [mul(A, B)]),
    I = identity(4),
    io:format("~w~n", [I]),
    M = [[2, 1, 0, 0], [1, 2, 1, 0], [0, 1, 2, 1], [0, 0, 1, 2]],
    io:format("~w~n", [mul(M, I) =:= M]),
    P = pow(M, 10),
    lists:foreach(fun(Row) -> io:format("~w~n", [Row]) end, P),
    io:format("det ~w~n", [det(M)]),
    Fib = pow([[1, 1], [1, 0]], 90),
    io:format("fib 90 via matrix ~w~n", [hd(tl(hd(Fib)))]),
    det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

mul(A, B) ->
    Bt = transpose(B),
    [[lists:sum(lists:zipwith(fun(X, Y) -> X * Y end, Row, Col)) || Col <- Bt] || Row <- A].

identity(N) -> [[if I =:= J -> 1; true -> 0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

pow(M, 1) -> M;
pow(M, N) when N rem 2 =:= 0 -> H = pow(M, N div 2), mul(H, H);
pow(M, N) -> mul(M, pow(M, N - 1)).

det([[X]]) -> X;
det([Row | Rest]) ->
    lists:sum([sign(J) * X * det(minor(J, Rest)) || {J, X} <- lists:zip(lists:seq(1, length(Row)), Row)]).

minor(J, Rows) -> [[X || {K, X} <- lists:zip(lists:seq(1, length(R)), R), K =/= J] || R <- Rows].

sign(J) when J rem 2 =:= 1 -> 1;
sign(_) -> -1.
