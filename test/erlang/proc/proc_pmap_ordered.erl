-module(proc_pmap_ordered).
-export([start/0]).

%% Parallel map: one process per element, results gathered by reference in input order;
%% failures come back as {error, Class, Reason}.
start() ->
    F = fun(X) when X rem 7 =:= 0 -> error({seven, X});
           (X) when X rem 11 =:= 0 -> throw(eleven);
           (X) -> X * X
        end,
    R = pmap(F, lists:seq(1, 40)),
    io:format("~p~n", [R]),
    Squares = pmap(fun(X) -> X * X end, lists:seq(1, 200)),
    io:format("sum ~p~n", [lists:sum(Squares)]),
    Nested = pmap(fun(L) -> lists:sum(pmap(fun(X) -> X + 1 end, L)) end, [lists:seq(1, N) || N <- lists:seq(1, 10)]),
    io:format("nested ~p~n", [Nested]),
    io:format("empty ~p~n", [pmap(F, [])]),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]),
    length(R).

pmap(F, L) ->
    Self = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Self ! {Ref, try {ok, F(X)} catch C:E -> {error, C, E} end} end),
                Ref
            end || X <- L],
    [receive {Ref, {ok, V}} -> V; {Ref, Err} -> Err end || Ref <- Refs].
