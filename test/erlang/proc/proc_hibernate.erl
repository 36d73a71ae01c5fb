-module(proc_hibernate).
-export([start/0, wake/2]).

%% erlang:hibernate/3: the process sleeps until a message arrives, then runs M:F(Args) with
%% an empty stack; returning from it ends the process normally.
start() ->
    Self = self(),
    P = spawn(fun() ->
                      Self ! about_to_hibernate,
                      catch erlang:hibernate(?MODULE, wake, [Self, 1]),
                      Self ! not_reached
              end),
    receive about_to_hibernate -> ok end,
    timer:sleep(20),
    io:format("status ~p~n", [process_info(P, status)]),
    Ref = monitor(process, P),
    P ! first,
    receive {woke, 1, first} -> io:format("woke with first~n") end,
    P ! second,
    receive {woke, 2, second} -> io:format("woke again with second~n") end,
    P ! stop,
    receive {'DOWN', Ref, process, P, R} -> io:format("ended ~p~n", [R]) end,
    receive not_reached -> io:format("returned into old frame!~n") after 20 -> io:format("old frames gone~n") end,
    Q = spawn(fun() -> self() ! already_there, erlang:hibernate(?MODULE, wake, [Self, 10]) end),
    receive {woke, 10, already_there} -> io:format("message already queued wakes at once~n") end,
    Q ! stop,
    io:format("~p~n", [try erlang:hibernate(?MODULE, wake, not_a_list) catch error:E -> E end]),
    ok.

wake(Parent, N) ->
    receive
        stop -> done;
        M ->
            Parent ! {woke, N, M},
            erlang:hibernate(?MODULE, wake, [Parent, N + 1])
    end.
