-module(proc_pipeline).
-export([start/0]).

%% A pipeline of stage processes, each applying a function and forwarding; an end marker
%% flushes the pipeline and the sink returns everything in order.
start() ->
    Self = self(),
    Stages = [fun(X) -> X + 1 end, fun(X) -> X * 3 end, fun(X) -> {v, X} end, fun({v, X}) -> X - 2 end],
    Sink = spawn(fun() -> sink(Self, []) end),
    Head = lists:foldr(fun(F, Next) -> spawn(fun() -> stage(F, Next) end) end, Sink, Stages),
    [Head ! {item, I} || I <- lists:seq(1, 30)],
    Head ! eos,
    receive {result, R} -> io:format("~p~n", [R]) end,
    Sink2 = spawn(fun() -> sink(Self, []) end),
    Bad = spawn(fun() -> stage(fun(X) -> 10 div X end, Sink2) end),
    M = monitor(process, Bad),
    [Bad ! {item, I} || I <- [5, 2, 0, 1]],
    receive {'DOWN', M, process, Bad, {Why, _}} -> io:format("stage died ~p~n", [Why]) end,
    Sink2 ! eos,
    receive {result, R2} -> io:format("before crash ~p~n", [R2]) end,
    ok.

stage(F, Next) ->
    receive
        {item, X} -> Next ! {item, F(X)}, stage(F, Next);
        eos -> Next ! eos
    end.

sink(Parent, Acc) ->
    receive
        {item, X} -> sink(Parent, [X | Acc]);
        eos -> Parent ! {result, lists:reverse(Acc)}
    end.
