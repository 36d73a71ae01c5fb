-module(proc_timer_many).
-export([start/0]).

%% Many timers with scattered deadlines fire in deadline order; cancelled ones never fire.
%% (Absolute deadlines from one base: the order does not depend on how long creating them takes.)
start() ->
    Self = self(),
    Delays = [((I * 37) rem 61) * 2 + 5 || I <- lists:seq(1, 60)],
    Base = erlang:monotonic_time(millisecond) + 20,
    Refs = [{D, erlang:send_after(Base + D, Self, {fired, D, I}, [{abs, true}])} || {I, D} <- lists:zip(lists:seq(1, 60), Delays)],
    {Cancel, _Keep} = lists:partition(fun({D, _}) -> D rem 3 =:= 0 end, Refs),
    Cancelled = [erlang:cancel_timer(R) || {_, R} <- Cancel],
    io:format("cancelled ~p, all integers ~p~n", [length(Cancelled), lists:all(fun is_integer/1, Cancelled)]),
    Expected = length(Refs) - length(Cancel),
    Got = [receive {fired, D, _} -> D end || _ <- lists:seq(1, Expected)],
    io:format("in order ~p~n", [Got =:= lists:sort(Got)]),
    io:format("none cancelled fired ~p~n", [lists:all(fun(D) -> D rem 3 =/= 0 end, Got)]),
    receive {fired, _, _} = X -> io:format("extra ~p~n", [X]) after 30 -> io:format("no extra~n") end,
    ok.
