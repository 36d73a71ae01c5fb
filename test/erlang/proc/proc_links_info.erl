-module(proc_links_info).
-export([start/0]).

%% process_info(_, links) follows link/unlink calls on both sides, repeated links count
%% once, and links to processes that die disappear.
start() ->
    process_flag(trap_exit, true),
    Ps = [spawn(fun() -> receive {die, R} -> exit(R) end end) || _ <- lists:seq(1, 4)],
    Ix = fun(L) -> lists:sort([index(P, Ps) || P <- L]) end,
    [link(P) || P <- Ps],
    link(hd(Ps)),
    {links, L1} = process_info(self(), links),
    io:format("linked ~p~n", [Ix(L1)]),
    io:format("peer side ~p~n", [[element(2, process_info(P, links)) =:= [self()] || P <- Ps]]),
    unlink(lists:nth(2, Ps)),
    {links, L2} = process_info(self(), links),
    io:format("after unlink ~p~n", [Ix(L2)]),
    io:format("unlinked peer ~p~n", [process_info(lists:nth(2, Ps), links)]),
    lists:nth(3, Ps) ! {die, bye},
    receive {'EXIT', _, R} -> io:format("exit ~p~n", [R]) end,
    {links, L3} = process_info(self(), links),
    io:format("after death ~p~n", [Ix(L3)]),
    lists:nth(1, Ps) ! {die, normal},
    receive {'EXIT', _, R2} -> io:format("exit ~p~n", [R2]) end,
    {links, L4} = process_info(self(), links),
    io:format("after normal ~p~n", [Ix(L4)]),
    [P ! {die, x} || P <- Ps],
    [receive {'EXIT', P, _} -> ok end || P <- [lists:nth(4, Ps)]],
    io:format("~p~n", [process_info(self(), links)]),
    ok.

index(P, Ps) -> index(P, Ps, 1).
index(P, [P | _], I) -> I;
index(P, [_ | T], I) -> index(P, T, I + 1).
