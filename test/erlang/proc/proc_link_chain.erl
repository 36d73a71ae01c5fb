-module(proc_link_chain).
-export([start/0]).

%% An exit propagates along a chain of links; each process's monitor reports the reason.
start() ->
    Self = self(),
    First = spawn(fun() -> receive die -> exit(chain_broken) end end),
    Chain = build(First, 5, Self),
    Refs = [monitor(process, P) || P <- [First | Chain]],
    First ! die,
    Reasons = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Refs],
    io:format("~p~n", [Reasons]),
    io:format("all dead: ~p~n", [[is_process_alive(P) || P <- [First | Chain]]]),
    ok.

build(_Prev, 0, _Parent) -> [];
build(Prev, N, Parent) ->
    P = spawn(fun() -> link(Prev), Parent ! {linked, self()}, receive never -> ok end end),
    receive {linked, P} -> ok end,
    [P | build(P, N - 1, Parent)].
