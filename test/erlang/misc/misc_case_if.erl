-module(misc_case_if).
-export([start/0]).

start() ->
    lists:foreach(fun(N) -> io:format("~s", [fizzbuzz(N)]) end, lists:seq(1, 20)),
    io:format("~n"),
    io:format("~p~n", [[grade(S) || S <- [95, 85, 72, 65, 10, 100]]]),
    X = id(5),
    R = case {X, X * 2} of
            {5, Y} when Y > 8 -> {matched_bound, Y};
            {_, _} -> fallthrough
        end,
    io:format("~p~n", [R]),
    Expected = id(ok),
    io:format("~p~n", [[case V of Expected -> same; _ -> different end || V <- [ok, error, ok]]]),
    Nested = case id({a, [1, 2]}) of
                 {a, L} -> case lists:sum(L) of 3 -> if X > 3 -> deep_true; true -> deep_false end; _ -> no end;
                 _ -> none
             end,
    io:format("~p~n", [Nested]),
    io:format("~p~n", [[max3(A, B, C) || {A, B, C} <- [{1, 2, 3}, {3, 2, 1}, {2, 3, 1}, {5, 5, 5}]]]),
    io:format("~p~n", [[triangle(A, B, C) || {A, B, C} <- [{3, 3, 3}, {3, 4, 5}, {2, 2, 3}, {1, 2, 9}]]]),
    Nested.

fizzbuzz(N) ->
    case {N rem 3, N rem 5} of
        {0, 0} -> "FizzBuzz ";
        {0, _} -> "Fizz ";
        {_, 0} -> "Buzz ";
        _ -> integer_to_list(N) ++ " "
    end.

grade(S) ->
    if S >= 90 -> a;
       S >= 80 -> b;
       S >= 70 -> c;
       S >= 60 -> d;
       true -> f
    end.

max3(A, B, C) ->
    if A >= B, A >= C -> A;
       B >= C -> B;
       true -> C
    end.

triangle(A, B, C) when A + B =< C; A + C =< B; B + C =< A -> invalid;
triangle(A, A, A) -> equilateral;
triangle(A, A, _) -> isosceles;
triangle(A, _, A) -> isosceles;
triangle(_, B, B) -> isosceles;
triangle(_, _, _) -> scalene.

id(X) -> X.
