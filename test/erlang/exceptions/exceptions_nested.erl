-module(exceptions_nested).
-export([start/0]).

start() ->
    R = try
            io:format("level 1~n"),
            try
                io:format("level 2~n"),
                try
                    io:format("level 3~n"),
                    error(deep)
                catch
                    throw:_ -> io:format("level 3 does not catch errors~n"), no
                after
                    io:format("level 3 after~n")
                end
            catch
                error:deep ->
                    io:format("level 2 caught deep, rethrowing as throw~n"),
                    throw({rethrown, deep})
            after
                io:format("level 2 after~n")
            end
        catch
            throw:{rethrown, X} -> io:format("level 1 caught ~p~n", [X]), {handled, X}
        after
            io:format("level 1 after~n")
        end,
    io:format("~p~n", [R]),
    Results = [safe_div(A, B) || {A, B} <- [{10, 2}, {1, 0}, {a, 1}, {7, 7}]],
    io:format("~p~n", [Results]),
    R2 = try
             lists:foldl(fun(X, Acc) -> try 10 div X + Acc catch error:badarith -> Acc end end, 0, [1, 0, 2, 0, 5])
         catch _:_ -> failed
         end,
    io:format("~p~n", [R2]),
    R.

safe_div(A, B) ->
    try
        try A div B
        catch error:badarith when B =:= 0 -> {error, div_by_zero}
        end
    catch error:badarith -> {error, not_a_number}
    end.
