-module(proc_link_tree_kill).
-export([start/0]).

%% Killing the root of a linked process tree: the root ends with killed, and the signal
%% travels the links so every descendant ends with killed too; a trapping node survives and
%% reports the 'EXIT' it got.
start() ->
    Self = self(),
    Root = spawn(fun() -> node_proc(Self, root, 2) end),
    Names = [root, {root, 1}, {root, 2}, {{root, 1}, 1}, {{root, 1}, 2}, {{root, 2}, 1}, {{root, 2}, 2}],
    Pids = [receive {started, N, P} -> {N, P} end || N <- Names],
    Refs = [{N, monitor(process, P)} || {N, P} <- Pids],
    Trapper = spawn(fun() ->
                            process_flag(trap_exit, true),
                            {_, L} = lists:keyfind({root, 2}, 1, Pids),
                            link(L),
                            Self ! trapper_ready,
                            receive {'EXIT', L, W} -> Self ! {trapper, W} end
                    end),
    receive trapper_ready -> ok end,
    exit(Root, kill),
    Downs = [receive {'DOWN', R, process, _, Why} -> {N, Why} end || {N, R} <- Refs],
    io:format("~p~n", [lists:sort(Downs)]),
    receive {trapper, W} -> io:format("trapper got ~p, alive ~p~n", [W, is_process_alive(Trapper)]) end,
    ok.

node_proc(Parent, Name, 0) ->
    Parent ! {started, Name, self()},
    receive never -> ok end;
node_proc(Parent, Name, Depth) ->
    Parent ! {started, Name, self()},
    [begin
         spawn_link(fun() -> node_proc(Parent, {Name, I}, Depth - 1) end),
         receive after 1 -> ok end
     end || I <- [1, 2]],
    receive never -> ok end.
