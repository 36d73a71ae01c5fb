-module(proc_cancel_timer).
-export([start/0]).

%% cancel_timer/1,2 and read_timer/1,2: time left, false when gone, async replies.
start() ->
    Self = self(),
    T1 = erlang:send_after(1000, Self, never1),
    Left = erlang:read_timer(T1),
    io:format("read ~p~n", [is_integer(Left) andalso Left > 500 andalso Left =< 1000]),
    C = erlang:cancel_timer(T1),
    io:format("cancel ~p~n", [is_integer(C) andalso C > 500 andalso C =< 1000]),
    io:format("cancel again ~p~n", [erlang:cancel_timer(T1)]),
    io:format("read cancelled ~p~n", [erlang:read_timer(T1)]),
    T2 = erlang:send_after(5, Self, fired),
    receive fired -> ok end,
    io:format("cancel fired ~p~n", [erlang:cancel_timer(T2)]),
    T3 = erlang:start_timer(1000, Self, never3),
    io:format("async cancel ~p~n", [erlang:cancel_timer(T3, [{async, true}, {info, true}])]),
    receive {cancel_timer, T3, Res} -> io:format("async result ~p~n", [is_integer(Res)]) end,
    T4 = erlang:start_timer(1000, Self, never4),
    io:format("no info ~p~n", [erlang:cancel_timer(T4, [{info, false}])]),
    io:format("async no info ~p~n", [erlang:cancel_timer(T4, [{async, true}, {info, false}])]),
    io:format("sync info on dead ~p~n", [erlang:cancel_timer(T4, [{info, true}])]),
    T5 = erlang:send_after(1000, Self, never5),
    io:format("read async ~p~n", [erlang:read_timer(T5, [{async, true}])]),
    receive {read_timer, T5, R5} -> io:format("read async result ~p~n", [is_integer(R5)]) end,
    erlang:cancel_timer(T5),
    io:format("unknown ref ~p ~p~n", [erlang:cancel_timer(make_ref()), erlang:read_timer(make_ref())]),
    [io:format("~p~n", [try F() of V -> V catch error:E -> E end]) ||
        F <- [fun() -> erlang:cancel_timer(not_a_ref) end,
              fun() -> erlang:read_timer(42) end,
              fun() -> erlang:cancel_timer(make_ref(), [bad]) end]],
    receive Any -> io:format("stray ~p~n", [Any]) after 50 -> io:format("no stray messages~n") end,
    ok.
