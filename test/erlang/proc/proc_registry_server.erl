-module(proc_registry_server).
-export([start/0]).

%% A name registry server that monitors registered processes and forgets them when they die;
%% names may be any term, duplicates are refused.
start() ->
    Reg = spawn(fun() -> loop(#{}, #{}) end),
    Self = self(),
    Ws = [spawn(fun() -> receive {die, R} -> exit(R) end end) || _ <- lists:seq(1, 4)],
    Names = [{worker, 1}, "two", <<"three">>, 4],
    io:format("~p~n", [[call(Reg, {register, N, W}) || {N, W} <- lists:zip(Names, Ws)]]),
    io:format("dup ~p~n", [call(Reg, {register, {worker, 1}, Self})]),
    io:format("names ~p~n", [call(Reg, names)]),
    io:format("lookup ~p~n", [call(Reg, {whereis, "two"}) =:= lists:nth(2, Ws)]),
    [W ! {die, R} || {W, R} <- lists:zip(Ws, [normal, kill_me, {shutdown, x}, normal])],
    [begin M = monitor(process, W), receive {'DOWN', M, _, _, _} -> ok end end || W <- Ws],
    io:format("after deaths ~p~n", [wait_empty(Reg, 50)]),
    io:format("lookup dead ~p~n", [call(Reg, {whereis, "two"})]),
    io:format("reuse ~p~n", [call(Reg, {register, "two", Self})]),
    io:format("unregister ~p ~p~n", [call(Reg, {unregister, "two"}), call(Reg, {unregister, "two"})]),
    {monitors, Ms} = process_info(Reg, monitors),
    io:format("server monitors ~p~n", [length(Ms)]),
    ok.

wait_empty(Reg, 0) -> call(Reg, names);
wait_empty(Reg, N) ->
    case call(Reg, names) of
        [] -> [];
        _ -> timer:sleep(2), wait_empty(Reg, N - 1)
    end.

call(Reg, Req) ->
    Ref = make_ref(),
    Reg ! {Ref, self(), Req},
    receive {Ref, R} -> R end.

loop(Names, Mons) ->
    receive
        {Ref, From, {register, N, P}} ->
            case maps:is_key(N, Names) of
                true -> From ! {Ref, {error, taken}}, loop(Names, Mons);
                false ->
                    M = monitor(process, P),
                    From ! {Ref, ok},
                    loop(Names#{N => {P, M}}, Mons#{M => N})
            end;
        {Ref, From, {unregister, N}} ->
            case maps:take(N, Names) of
                {{_, M}, Names2} -> demonitor(M, [flush]), From ! {Ref, ok}, loop(Names2, maps:remove(M, Mons));
                error -> From ! {Ref, {error, not_registered}}, loop(Names, Mons)
            end;
        {Ref, From, {whereis, N}} ->
            From ! {Ref, case maps:find(N, Names) of {ok, {P, _}} -> P; error -> undefined end},
            loop(Names, Mons);
        {Ref, From, names} ->
            From ! {Ref, lists:sort(maps:keys(Names))},
            loop(Names, Mons);
        {'DOWN', M, process, _, _} ->
            {N, Mons2} = maps:take(M, Mons),
            loop(maps:remove(N, Names), Mons2)
    end.
