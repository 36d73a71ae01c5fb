-module(proc_link_star_trap).
-export([start/0]).

%% A trapping hub survives leaf deaths and receives one 'EXIT' per leaf with its reason.
start() ->
    process_flag(trap_exit, true),
    Reasons = [normal, boom, {custom, 1}, kill, shutdown],
    Ps = [{R, spawn_link(fun() -> receive go -> exit(R) end end)} || R <- Reasons],
    [P ! go || {_, P} <- Ps],
    Got = [receive {'EXIT', P, Why} -> {R, Why} end || {R, P} <- Ps],
    [io:format("~p -> ~p~n", [R, W]) || {R, W} <- Got],
    process_flag(trap_exit, false),
    {links, L} = process_info(self(), links),
    io:format("links left: ~p~n", [length(L)]),
    length(Got).
