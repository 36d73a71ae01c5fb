-module(proc_timer_many).
-export([start/0]).

%% Many timers with scattered deadlines (4 ms apart) fire in deadline order; cancelled ones
%% never fire.
start() ->
    Self = self(),
    Delays = [((I * 37) rem 61) * 4 + 5 || I <- lists:seq(1, 60)],
    Refs = [{D, erlang:send_after(D, Self, {fired, D, I})} || {I, D} <- lists:zip(lists:seq(1, 60), Delays)],
    {Cancel, _Keep} = lists:partition(fun({D, _}) -> D rem 3 =:= 0 end, Refs),
    Cancelled = [erlang:cancel_timer(R) || {_, R} <- Cancel],
    io:format("cancelled ~p, all integers ~p~n", [length(Cancelled), lists:all(fun is_integer/1, Cancelled)]),
    Expected = length(Refs) - length(Cancel),
    Got = [receive {fired, D, _} -> D end || _ <- lists:seq(1, Expected)],
    io:format("in order ~p~n", [Got =:= lists:sort(Got)]),
    io:format("none cancelled fired ~p~n", [lists:all(fun(D) -> D rem 3 =/= 0 end, Got)]),
    receive {fired, _, _} = X -> io:format("extra ~p~n", [X]) after 30 -> io:format("no extra~n") end,
    ok.
