-module(proc_nested_receive).
-export([start/0]).

%% Receives nested inside receive clauses and after branches: each level takes its own
%% messages and the outer level resumes with what is left.
start() ->
    Self = self(),
    [Self ! M || M <- [{outer, 1}, {inner, a}, {outer, 2}, {inner, b}, {deep, x}, {outer, 3}]],
    R1 = receive
             {outer, N} ->
                 I = receive {inner, V} -> V end,
                 D = receive {deep, W} -> receive {inner, V2} -> {W, V2} end end,
                 {N, I, D}
         end,
    io:format("~p~n", [R1]),
    R2 = receive
             {nothing, _} -> no
         after 10 ->
             receive {outer, N2} -> {after_branch, N2} after 0 -> empty end
         end,
    io:format("~p~n", [R2]),
    P = spawn(fun() -> server(Self) end),
    P ! {req, 1},
    P ! {sub, 10},
    P ! {req, 2},
    P ! {sub, 20},
    P ! done,
    io:format("~p~n", [[receive {reply, X} -> X end || _ <- [1, 2]]]),
    io:format("left ~p~n", [receive M -> M after 50 -> none end]),
    ok.

server(Parent) ->
    receive
        {req, N} ->
            S = receive {sub, V} -> V end,
            Parent ! {reply, {N, S}},
            server(Parent);
        done ->
            receive {outer, N} -> Parent ! {stray_outer, N} after 0 -> ok end
    end.
