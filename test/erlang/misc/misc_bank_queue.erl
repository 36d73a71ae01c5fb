-module(misc_bank_queue).
-export([start/0]).

%% A functional FIFO queue (two lists) simulating a bank line.
start() ->
    Q0 = new(),
    Q1 = lists:foldl(fun in/2, Q0, [alice, bob, carol]),
    {{value, First}, Q2} = out(Q1),
    io:format("served ~p~n", [First]),
    Q3 = lists:foldl(fun in/2, Q2, [dave, erin]),
    {Served, Q4} = drain(Q3, []),
    io:format("served in order ~p~n", [Served]),
    io:format("~p~n", [out(Q4)]),
    Big = lists:foldl(fun in/2, new(), lists:seq(1, 10000)),
    {All, _} = drain(Big, []),
    io:format("~p ~p ~p~n", [length(All), hd(All), lists:last(All)]),
    io:format("~p~n", [All =:= lists:seq(1, 10000)]),
    length(Served).

new() -> {[], []}.
in(X, {In, Out}) -> {[X | In], Out}.
out({[], []} = Q) -> {empty, Q};
out({In, [X | Out]}) -> {{value, X}, {In, Out}};
out({In, []}) -> out({[], lists:reverse(In)}).

drain(Q, Acc) ->
    case out(Q) of
        {empty, Q2} -> {lists:reverse(Acc), Q2};
        {{value, X}, Q2} -> drain(Q2, [X | Acc])
    end.
