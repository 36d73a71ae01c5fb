-module(proc_demonitor_foreign_ref).
-export([start/0]).

%% demonitor/1,2 with a reference that belongs to another process's monitor, or is a plain
%% reference: nothing happens to the real monitor, whose 'DOWN' still arrives.
start() ->
    Self = self(),
    Target = spawn(fun() -> receive stop -> exit(stopped) end end),
    Ref = monitor(process, Target),
    Other = spawn(fun() ->
                          receive {try_ref, R} ->
                                  Self ! {other, demonitor(R), demonitor(R, [info]), demonitor(R, [flush, info])}
                          end
                  end),
    Other ! {try_ref, Ref},
    receive {other, A, B, C} -> io:format("foreign demonitor ~p ~p ~p~n", [A, B, C]) end,
    io:format("plain ref ~p ~p~n", [demonitor(make_ref()), demonitor(make_ref(), [info])]),
    TRef = erlang:send_after(1000, Self, timer_msg),
    io:format("timer ref ~p~n", [demonitor(TRef, [info])]),
    io:format("timer still set ~p~n", [is_integer(erlang:read_timer(TRef))]),
    erlang:cancel_timer(TRef),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("still monitoring ~p~n", [Ms =:= [{process, Target}]]),
    Target ! stop,
    receive {'DOWN', Ref, process, Target, Why} -> io:format("down ~p~n", [Why]) end,
    ok.
