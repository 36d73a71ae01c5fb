-module(stdlib_timer).
-export([start/0]).

start() ->
    {T, V} = timer:tc(fun() -> lists:sum(lists:seq(1, 1000)) end),
    io:format("~w ~w~n", [is_integer(T) andalso T >= 0, V]),
    {_, V2} = timer:tc(lists, reverse, [[1, 2, 3]]),
    io:format("~w~n", [V2]),
    {_, V3} = timer:tc(fun(X) -> X * 2 end, [21]),
    io:format("~w~n", [V3]),
    io:format("~w ~w ~w ~w~n", [timer:seconds(2), timer:minutes(1), timer:hours(1), timer:hms(1, 1, 1)]),
    io:format("~w~n", [timer:now_diff({1, 2, 3}, {1, 1, 0})]),
    ok = timer:sleep(5),
    {ok, _} = timer:send_after(5, tick),
    receive tick -> io:format("tick~n") after 1000 -> io:format("no tick~n") end,
    {ok, TRef} = timer:send_after(50, never),
    {ok, cancel} = timer:cancel(TRef),
    receive never -> io:format("not cancelled~n") after 100 -> io:format("cancelled~n") end,
    {ok, I} = timer:send_interval(5, beat),
    Beats = [receive beat -> b after 1000 -> none end || _ <- [1, 2, 3]],
    timer:cancel(I),
    io:format("~w~n", [Beats]),
    ok.
