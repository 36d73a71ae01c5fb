-module(misc_loops).
-export([start/0]).

start() ->
    io:format("~p~n", [count(1000000, 0)]),
    io:format("~p ~p~n", [is_even(10001), is_odd(10001)]),
    io:format("~p~n", [hanoi(10, a, c, b, 0)]),
    Moves = hanoi_moves(3, a, c, b),
    io:format("~p~n", [Moves]),
    io:format("~p~n", [while(fun(X) -> X < 1000 end, fun(X) -> X * 3 end, 1)]),
    io:format("~p~n", [for(1, 10, fun(I, Acc) -> Acc + I * I end, 0)]),
    io:format("~p~n", [digits_loop(9876543210, [])]),
    count(10, 0).

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

hanoi(0, _, _, _, Moves) -> Moves;
hanoi(N, From, To, Via, Moves) ->
    M1 = hanoi(N - 1, From, Via, To, Moves),
    hanoi(N - 1, Via, To, From, M1 + 1).

hanoi_moves(0, _, _, _) -> [];
hanoi_moves(N, From, To, Via) ->
    hanoi_moves(N - 1, From, Via, To) ++ [{From, To}] ++ hanoi_moves(N - 1, Via, To, From).

while(Cond, Body, X) ->
    case Cond(X) of
        true -> while(Cond, Body, Body(X));
        false -> X
    end.

for(I, N, _, Acc) when I > N -> Acc;
for(I, N, F, Acc) -> for(I + 1, N, F, F(I, Acc)).

digits_loop(0, Acc) -> Acc;
digits_loop(N, Acc) -> digits_loop(N div 10, [N rem 10 | Acc]).
