-module(proc_exit_chain_reasons).
-export([start/0]).

%% A chain of linked processes; the tail dies with various reasons. We see which
%% processes in the chain die and with what reason (normal does not propagate;
%% a process exiting with reason kill passes plain kill on to its links).
start() ->
    [io:format("~p: ~p~n", [R, chain(R)]) || R <- [boom, kill, normal, {shutdown, x}]],
    ok.

chain(Reason) ->
    Self = self(),
    spawn(fun() -> node_loop(4, Self) end),
    Ps = [receive {node, I, P} -> P end || I <- lists:seq(4, 1, -1)],
    Refs = [erlang:monitor(process, P) || P <- Ps],
    lists:last(Ps) ! {die, Reason},
    Res = [receive {'DOWN', R, process, _, W} -> W after 40 -> alive end || R <- Refs],
    [exit(P, kill) || {P, alive} <- lists:zip(Ps, Res)],
    [receive {'DOWN', R, process, _, _} -> ok end || {R, alive} <- lists:zip(Refs, Res)],
    Res.

node_loop(N, Top) ->
    Top ! {node, N, self()},
    case N of
        1 -> ok;
        _ -> Me = self(), spawn_link(fun() -> wait_parent(Me), node_loop(N - 1, Top) end), Me ! go_child
    end,
    wait().

wait_parent(_) -> ok.

wait() -> receive {die, R} -> exit(R); go_child -> wait() end.
