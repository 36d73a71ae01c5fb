-module(proc_dictionary_isolation).
-export([start/0]).

%% Each process has its own dictionary; a child starts with an empty one.
start() ->
    put(owner, parent),
    put(count, 1),
    Self = self(),
    spawn(fun() ->
                  Before = get(),
                  put(owner, child),
                  put(extra, [1, 2, 3]),
                  Self ! {child, Before, get(owner), lists:sort(get_keys())}
          end),
    receive {child, B, O, K} -> io:format("~p ~p ~p~n", [B, O, K]) end,
    io:format("parent still ~p ~p~n", [get(owner), get(count)]),
    {dictionary, D} = process_info(self(), dictionary),
    io:format("~p~n", [lists:sort(D)]),
    P = spawn(fun() -> put(k, v), receive stop -> ok end end),
    timer:sleep(10),
    io:format("~p~n", [process_info(P, dictionary)]),
    P ! stop,
    ok.
