-module(stdlib_array_matrix).
-export([start/0]).

%% Matrices as arrays of arrays: build, transpose, multiply.
id(X) -> X.

new(R, C, F) -> array:from_list([array:from_list([F(I, J) || J <- lists:seq(0, C - 1)]) || I <- lists:seq(0, R - 1)]).
at(M, I, J) -> array:get(J, array:get(I, M)).
rows(M) -> array:size(M).
cols(M) -> array:size(array:get(0, M)).
transpose(M) -> new(cols(M), rows(M), fun(I, J) -> at(M, J, I) end).
mul(A, B) -> new(rows(A), cols(B), fun(I, J) -> lists:sum([at(A, I, K) * at(B, K, J) || K <- lists:seq(0, cols(A) - 1)]) end).
show(M) -> array:foldl(fun(_, Row, _) -> io:format("~w~n", [array:to_list(Row)]) end, ok, M).

start() ->
    A = new(id(3), 4, fun(I, J) -> I * 4 + J end),
    show(A),
    show(transpose(A)),
    P = mul(A, transpose(A)),
    show(P),
    I5 = new(5, 5, fun(I, J) -> if I =:= J -> 1; true -> 0 end end),
    B = new(5, 5, fun(I, J) -> (I + 1) * (J + 2) end),
    io:format("~w~n", [array:to_list(array:map(fun(_, R) -> array:to_list(R) end, mul(B, I5))) =:=
                       array:to_list(array:map(fun(_, R) -> array:to_list(R) end, B))]),
    at(P, 2, 2).
