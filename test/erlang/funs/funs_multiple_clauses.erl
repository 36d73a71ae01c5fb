-module(funs_multiple_clauses).
-export([start/0]).

start() ->
    Classify = fun(X) when is_integer(X), X < 0 -> negative;
                  (0) -> zero;
                  (X) when is_integer(X) -> positive;
                  (X) when is_float(X) -> float;
                  ([]) -> empty_list;
                  ([_ | _]) -> list;
                  (_) -> other
               end,
    io:format("~p~n", [[Classify(V) || V <- [-5, 0, 7, 1.5, [], [1], atom]]]),
    Area = fun({circle, R}) -> 3 * R * R;
              ({rect, W, H}) -> W * H;
              ({square, S}) -> S * S
           end,
    io:format("~p~n", [lists:map(Area, [{circle, 2}, {rect, 3, 4}, {square, 5}])]),
    Merge = fun M([], Ys) -> Ys;
                M(Xs, []) -> Xs;
                M([X | Xs], [Y | _] = Ys) when X =< Y -> [X | M(Xs, Ys)];
                M(Xs, [Y | Ys]) -> [Y | M(Xs, Ys)]
            end,
    io:format("~p~n", [Merge([1, 4, 9], [2, 3, 10, 11])]),
    R = try Area({triangle, 1}) catch error:E -> E end,
    io:format("~p~n", [R]),
    Classify(3).
