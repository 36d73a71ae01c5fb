-module(proc_matrix_rows).
-export([start/0]).

%% Matrix product with one worker per row; the rows come back tagged with their index.
start() ->
    A = [[(I * J) rem 7 - 3 || J <- lists:seq(1, 12)] || I <- lists:seq(1, 10)],
    B = [[(I + 2 * J) rem 5 || J <- lists:seq(1, 8)] || I <- lists:seq(1, 12)],
    Bt = transpose(B),
    Self = self(),
    [spawn(fun() -> Self ! {row, I, [dot(Row, Col) || Col <- Bt]} end) || {I, Row} <- lists:zip(lists:seq(1, length(A)), A)],
    Rows = lists:sort([receive {row, I, R} -> {I, R} end || _ <- A]),
    C = [R || {_, R} <- Rows],
    [io:format("~w~n", [R]) || R <- C],
    Seq = [[dot(Row, Col) || Col <- Bt] || Row <- A],
    io:format("same as sequential ~p~n", [C =:= Seq]),
    lists:sum(lists:append(C)).

dot(X, Y) -> lists:sum(lists:zipwith(fun(P, Q) -> P * Q end, X, Y)).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].
