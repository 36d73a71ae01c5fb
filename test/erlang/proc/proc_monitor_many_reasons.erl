-module(proc_monitor_many_reasons).
-export([start/0]).

%% Many monitored processes ending in different ways: the 'DOWN' reasons are tallied.
start() ->
    Kinds = [normal, shutdown, {shutdown, x}, kill_ext, error, throw, exit_custom, noproc_dead],
    Ps = [{K, spawn_kind(K)} || _ <- lists:seq(1, 12), K <- Kinds],
    Res = [receive {'DOWN', R, process, _, Why} -> {K, classify(Why)} end || {K, R} <- Ps],
    Tally = lists:foldl(fun(X, M) -> maps:update_with(X, fun(C) -> C + 1 end, 1, M) end, #{}, Res),
    [io:format("~p ~p~n", [K, C]) || {K, C} <- lists:sort(maps:to_list(Tally))],
    io:format("monitors left ~p~n", [process_info(self(), monitors)]),
    ok.

spawn_kind(kill_ext) ->
    P = spawn(fun() -> receive never -> ok end end),
    R = monitor(process, P),
    exit(P, kill),
    R;
spawn_kind(noproc_dead) ->
    {P, R0} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R0, _, _, _} -> ok end,
    monitor(process, P);
spawn_kind(K) ->
    {_, R} = spawn_monitor(fun() -> die(K) end),
    R.

die(normal) -> ok;
die(shutdown) -> exit(shutdown);
die({shutdown, X}) -> exit({shutdown, X});
die(error) -> error(oops);
die(throw) -> throw(ball);
die(exit_custom) -> exit({custom, [1, 2]}).

classify({oops, [_ | _]}) -> {error, oops};
classify({{nocatch, V}, [_ | _]}) -> {nocatch, V};
classify(R) -> R.
