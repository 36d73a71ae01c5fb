-module(arith_badarith).
-export([start/0]).

start() ->
    Ops = [fun() -> id(1) div id(0) end,
           fun() -> id(1) rem id(0) end,
           fun() -> id(a) + 1 end,
           fun() -> id(1) - id("x") end,
           fun() -> id(2) * id({}) end,
           fun() -> id(1.5) div 1 end,
           fun() -> id(3) rem id(1.0) end,
           fun() -> id(1) bsl id(1.0) end,
           fun() -> id(1.0) band 1 end,
           fun() -> bnot id(1.0) end,
           fun() -> -id(foo) end,
           fun() -> id(1 bsl 100) div id(0) end,
           fun() -> id(7) / id(0) end,
           fun() -> id(1) bor id([]) end],
    Results = [run(F) || F <- Ops],
    lists:foreach(fun(R) -> io:format("~p~n", [R]) end, Results),
    length([R || R <- Results, R =:= {error, badarith}]).

run(F) ->
    try F() of V -> {value, V}
    catch Class:Reason -> {Class, Reason}
    end.

id(X) -> X.
