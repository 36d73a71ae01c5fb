-module(stdlib_timer_tc).
-export([start/0, work/2]).

id(X) -> X.

work(A, B) -> lists:sum(lists:seq(A, B)).

start() ->
    {T1, V1} = timer:tc(fun() -> work(1, 100) end),
    {T2, V2} = timer:tc(fun work/2, [1, 10]),
    {T3, V3} = timer:tc(?MODULE, work, [5, 6]),
    io:format("~p~n", [{V1, V2, V3}]),
    io:format("~p~n", [[is_integer(T) andalso T >= 0 || T <- [T1, T2, T3]]]),
    {T4, ok} = timer:tc(fun() -> timer:sleep(20) end),
    io:format("slept ~p~n", [T4 >= 19000 andalso T4 < 2000000]),
    R = try timer:tc(fun() -> error(boom) end) catch error:E -> {caught, E} end,
    io:format("~p~n", [R]),
    R2 = try timer:tc(fun() -> throw(ball) end) catch throw:B -> {caught, B} end,
    io:format("~p~n", [R2]),
    io:format("~p~n", [[timer:seconds(id(1)), timer:minutes(id(2)), timer:hours(id(3)), timer:hms(id(1), 2, 3),
                        timer:seconds(0.5), timer:minutes(0.5)]]),
    io:format("~p~n", [[timer:now_diff({id(0), 1, 0}, {0, 0, 0}), timer:now_diff({1, 0, 0}, {0, 999999, 999999}),
                        timer:now_diff({0, 0, 0}, {0, 0, 5})]]),
    ok.
