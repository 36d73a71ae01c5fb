-module(stdlib_queue_stress).
-export([start/0]).

start() ->
    Ops = [case N rem 7 of
               0 -> out; 1 -> out_r; 2 -> {in_r, N}; 5 -> peek; _ -> {in, N}
           end || N <- lists:seq(1, id(300))],
    {Q, Log} = lists:foldl(fun step/2, {queue:new(), []}, Ops),
    io:format("~p~n", [lists:sublist(lists:reverse(Log), 40)]),
    io:format("~p~n", [queue:len(Q)]),
    io:format("~p~n", [lists:sublist(queue:to_list(Q), 20)]),
    io:format("~p~n", [queue:member(150, Q)]),
    {A, B} = queue:split(queue:len(Q) div 2, Q),
    io:format("~p ~p~n", [queue:len(A), queue:len(B)]),
    io:format("~p~n", [queue:to_list(queue:join(B, A)) =:= queue:to_list(B) ++ queue:to_list(A)]),
    io:format("~p~n", [queue:peek(Q)]),
    io:format("~p~n", [queue:peek_r(Q)]),
    lists:sum(queue:to_list(Q)).

step(out, {Q, L}) ->
    case queue:out(Q) of
        {{value, V}, Q1} -> {Q1, [V | L]};
        {empty, Q1} -> {Q1, [empty | L]}
    end;
step(out_r, {Q, L}) ->
    case queue:out_r(Q) of
        {{value, V}, Q1} -> {Q1, [-V | L]};
        {empty, Q1} -> {Q1, [empty | L]}
    end;
step(peek, {Q, L}) -> {Q, [queue:peek(Q) | L]};
step({in, X}, {Q, L}) -> {queue:in(X, Q), L};
step({in_r, X}, {Q, L}) -> {queue:in_r(X, Q), L}.

id(X) -> X.
