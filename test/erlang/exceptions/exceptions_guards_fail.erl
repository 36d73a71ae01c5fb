-module(exceptions_guards_fail).
-export([start/0]).

%% Exceptions inside guards make the guard fail instead of raising.
start() ->
    Vals = [[], [1, 2], {}, {a}, 0, 5, a, <<>>, <<1>>],
    lists:foreach(fun(V) -> io:format("~p: ~p~n", [V, test(id(V))]) end, Vals),
    io:format("~p~n", [[X || X <- Vals, hd(X) =:= 1]]),
    io:format("~p~n", [[X || X <- Vals, element(1, X) =:= a]]),
    io:format("~p~n", [[X || X <- Vals, 10 div X > 1]]),
    io:format("~p~n", [[X || X <- Vals, length(X) > 1 orelse tuple_size(X) > 0]]),
    io:format("~p~n", [[X || X <- Vals, (length(X) > 1) or (tuple_size(X) > 0)]]),
    ok.

test(X) when hd(X) > 0 -> positive_head;
test(X) when element(1, X) =:= a -> tuple_a;
test(X) when 10 div X > 1 -> divides;
test(X) when byte_size(X) > 0 -> nonempty_binary;
test(X) when length(X) >= 0 -> some_list;
test(_) -> fallthrough.

id(X) -> X.
