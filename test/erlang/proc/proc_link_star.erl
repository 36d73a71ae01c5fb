-module(proc_link_star).
-export([start/0]).

%% A hub linked to several leaves: when one leaf dies abnormally the hub dies,
%% and the other leaves (not trapping) die with it. An observer monitors all.
start() ->
    Self = self(),
    Hub = spawn(fun() -> hub(Self, 4) end),
    Leaves = receive {leaves, Ls} -> Ls end,
    Refs = [{erlang:monitor(process, P), Name} || {Name, P} <- [{hub, Hub} | Leaves]],
    {_, L2} = lists:keyfind(leaf2, 1, Leaves),
    L2 ! {die, boom},
    Downs = [receive {'DOWN', R, process, _, Why} -> {Name, Why} end || {R, Name} <- Refs],
    io:format("~p~n", [lists:sort(Downs)]),
    ok.

hub(Parent, N) ->
    Leaves = [{list_to_atom("leaf" ++ integer_to_list(I)), spawn_link(fun leaf/0)} || I <- lists:seq(1, N)],
    Parent ! {leaves, Leaves},
    receive never -> ok end.

leaf() ->
    receive {die, R} -> exit(R) end.
