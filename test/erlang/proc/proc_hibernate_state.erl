-module(proc_hibernate_state).
-export([start/0, woke/1]).

%% What survives erlang:hibernate/3: dictionary, links, monitors, trap_exit, registered name,
%% queued messages; process_info shows it waiting in erlang:hibernate/3.
start() ->
    Self = self(),
    P = spawn(fun() ->
                      put(kept, [1, 2, 3]),
                      process_flag(trap_exit, true),
                      link(Self),
                      register(proc_hibernate_state_p, self()),
                      Self ! ready,
                      erlang:hibernate(?MODULE, woke, [Self])
              end),
    receive ready -> ok end,
    timer:sleep(20),
    io:format("~p~n", [process_info(P, [current_function, status, message_queue_len, trap_exit, registered_name])]),
    {links, L} = process_info(P, links),
    io:format("links ~p~n", [L =:= [Self]]),
    {dictionary, D} = process_info(P, dictionary),
    io:format("dict ~p~n", [D]),
    proc_hibernate_state_p ! one,
    receive {woke, M, Dict, Trap, Name} -> io:format("woke ~p ~p ~p ~p~n", [M, Dict, Trap, Name]) end,
    timer:sleep(20),
    io:format("~p~n", [process_info(P, current_function)]),
    process_flag(trap_exit, true),
    P ! two,
    receive {woke, M2, _, _, _} -> io:format("woke ~p~n", [M2]) end,
    P ! {stop, bye},
    receive {'EXIT', P, R} -> io:format("exit ~p~n", [R]) end,
    ok.

woke(Parent) ->
    receive
        {stop, R} -> exit(R);
        M ->
            {registered_name, N} = process_info(self(), registered_name),
            Parent ! {woke, M, get(kept), process_flag(trap_exit, true), N},
            erlang:hibernate(?MODULE, woke, [Parent])
    end.
