-module(proc_ring_token).
-export([start/0]).

-define(N, 25).

%% A ring of N processes passes a token round four times; each process counts its visits, a
%% collect message gathers the counts, and a stop message shuts the ring down in order.
start() ->
    Self = self(),
    N = ?N,
    First = build(N, Self),
    First ! {token, 0, 4 * N},
    receive {done, Hops} -> io:format("hops ~p~n", [Hops]) end,
    First ! {collect, []},
    receive {counts, Cs} -> io:format("counts ~p~n", [Cs]) end,
    First ! stop,
    receive stopped -> io:format("ring stopped~n") end,
    ok.

build(N, Parent) ->
    Last = spawn(fun() -> receive {next, Next} -> node_loop(N, Next, Parent, 0) end end),
    First = lists:foldl(fun(I, Next) -> spawn(fun() -> node_loop(I, Next, Parent, 0) end) end, Last, lists:seq(N - 1, 1, -1)),
    Last ! {next, First},
    First.

node_loop(Id, Next, Parent, Count) ->
    receive
        {token, Hop, Max} when Hop >= Max ->
            Parent ! {done, Hop},
            node_loop(Id, Next, Parent, Count + 1);
        {token, Hop, Max} ->
            Next ! {token, Hop + 1, Max},
            node_loop(Id, Next, Parent, Count + 1);
        {collect, Acc} when length(Acc) =:= ?N ->
            Parent ! {counts, lists:reverse(Acc)},
            node_loop(Id, Next, Parent, Count);
        {collect, Acc} ->
            Next ! {collect, [{Id, Count} | Acc]},
            node_loop(Id, Next, Parent, Count);
        stop when Id =:= ?N ->
            Parent ! stopped;
        stop ->
            Next ! stop
    end.
