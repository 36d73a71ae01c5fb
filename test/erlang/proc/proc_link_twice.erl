-module(proc_link_twice).
-export([start/0]).

%% Links are a set: linking twice makes one link, one unlink removes it; both sides see it.
start() ->
    P = spawn(fun() -> receive stop -> ok end end),
    link(P),
    link(P),
    {links, L1} = process_info(self(), links),
    io:format("links after two link calls ~p~n", [length(L1)]),
    {links, LP} = process_info(P, links),
    io:format("other side ~p~n", [LP =:= [self()]]),
    unlink(P),
    io:format("~p ~p~n", [process_info(self(), links), process_info(P, links)]),
    Q = spawn(fun() -> receive {link_to, X} -> link(X), receive stop -> ok end end end),
    Q ! {link_to, self()},
    timer:sleep(10),
    {links, L2} = process_info(self(), links),
    io:format("linked from the other side ~p~n", [L2 =:= [Q]]),
    unlink(Q),
    P ! stop,
    Q ! stop,
    ok.
