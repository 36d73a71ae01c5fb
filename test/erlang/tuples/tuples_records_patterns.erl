-module(tuples_records_patterns).
-export([start/0]).

-record(shape, {kind, dims = [], color = black}).

start() ->
    Shapes = [#shape{kind = circle, dims = [2]}, #shape{kind = rect, dims = [3, 4], color = red},
              #shape{kind = square, dims = [5]}, #shape{kind = triangle, dims = [3, 4, 5], color = blue}],
    lists:foreach(fun(S) -> io:format("~p ~.3f ~p~n", [S#shape.kind, area(S), is_red(S)]) end, Shapes),
    Red = [K || #shape{kind = K, color = red} <- Shapes],
    io:format("~p~n", [Red]),
    Sorted = lists:keysort(#shape.color, Shapes),
    io:format("~p~n", [[S#shape.color || S <- Sorted]]),
    io:format("~p~n", [lists:keyfind(square, #shape.kind, Shapes)]),
    lists:sum([area(S) || S <- Shapes]).

area(#shape{kind = circle, dims = [R]}) -> math:pi() * R * R;
area(#shape{kind = rect, dims = [W, H]}) -> float(W * H);
area(#shape{kind = square, dims = [S]}) -> float(S * S);
area(#shape{kind = triangle, dims = [A, B, C]}) ->
    S = (A + B + C) / 2,
    math:sqrt(S * (S - A) * (S - B) * (S - C)).

is_red(#shape{color = red}) -> true;
is_red(#shape{}) -> false.
