-module(stdlib_timer_sleep).
-export([start/0]).

%% timer:sleep/1 keeps the mailbox untouched and orders with messages sent meanwhile.
id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    self() ! before,
    ok = timer:sleep(id(10)),
    Self = self(),
    spawn(fun() -> Self ! {from_child, 1} end),
    ok = timer:sleep(20),
    Msgs = receive_all(),
    io:format("~p~n", [Msgs]),
    io:format("~p~n", [timer:sleep(0)]),
    T0 = erlang:monotonic_time(millisecond),
    timer:sleep(30),
    E = erlang:monotonic_time(millisecond) - T0,
    io:format("~p~n", [E >= 29 andalso E < 1000]),
    io:format("~p~n", [t(fun() -> timer:sleep(id(-1)) end)]),
    io:format("~p~n", [t(fun() -> timer:sleep(id(foo)) end)]),
    ok.

receive_all() ->
    receive M -> [M | receive_all()] after 0 -> [] end.
