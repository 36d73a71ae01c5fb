-module(lists_comprehension_multi).
-export([start/0]).

start() ->
    io:format("~w~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~w~n", [[{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4)]]),
    Triples = [{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B),
                            A * A + B * B =:= C * C],
    io:format("~w~n", [Triples]),
    io:format("~w~n", [[X + Y + Z || X <- [100, 200], Y <- [10, 20], Z <- [1, 2], X + Y + Z rem 2 =:= 1]]),
    Matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    io:format("~w~n", [[E || Row <- Matrix, E <- Row, E rem 2 =:= 1]]),
    io:format("~w~n", [[[Row_i * Col_j || Col_j <- [1, 10]] || Row_i <- [1, 2, 3]]]),
    Dict = [{a, [1, 2]}, {b, []}, {c, [3]}],
    io:format("~w~n", [[{K, V} || {K, Vs} <- Dict, V <- Vs]]),
    Queens = queens(6),
    io:format("~w solutions for 6 queens, first ~w~n", [length(Queens), hd(Queens)]),
    length(Triples).

queens(N) -> q(N, N).
q(_, 0) -> [[]];
q(N, K) -> [[C | Qs] || Qs <- q(N, K - 1), C <- lists:seq(1, N), safe(C, Qs, 1)].

safe(_, [], _) -> true;
safe(C, [Q | Qs], D) -> C =/= Q andalso abs(C - Q) =/= D andalso safe(C, Qs, D + 1).
