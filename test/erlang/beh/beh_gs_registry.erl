-module(beh_gs_registry).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).

%% A registry server monitors the processes registered with it and forgets
%% them when they die.
start() ->
    {ok, R} = gen_server:start_link(?MODULE, [], []),
    Ws = [{N, spawn(fun() -> receive stop -> ok; crash -> exit(crashed) end end)} || N <- [a, b, c]],
    [ok = gen_server:call(R, {register, N, P}) || {N, P} <- Ws],
    io:format("dup ~p~n", [gen_server:call(R, {register, a, self()})]),
    io:format("~p~n", [gen_server:call(R, names)]),
    {b, PB} = lists:keyfind(b, 1, Ws),
    PB ! crash,
    {a, PA} = lists:keyfind(a, 1, Ws),
    PA ! stop,
    timer:sleep(20),
    io:format("~p~n", [gen_server:call(R, names)]),
    io:format("~p~n", [gen_server:call(R, downs)]),
    ok = gen_server:stop(R),
    ok.

init([]) -> {ok, {#{}, []}}.

handle_call({register, N, P}, _From, {M, D} = S) ->
    case maps:is_key(N, M) of
        true -> {reply, {error, taken}, S};
        false -> monitor(process, P), {reply, ok, {M#{N => P}, D}}
    end;
handle_call(names, _From, {M, _} = S) -> {reply, lists:sort(maps:keys(M)), S};
handle_call(downs, _From, {_, D} = S) -> {reply, lists:sort(D), S}.

handle_cast(_, S) -> {noreply, S}.

handle_info({'DOWN', _, process, P, Why}, {M, D}) ->
    [N] = [K || {K, V} <- maps:to_list(M), V =:= P],
    {noreply, {maps:remove(N, M), [{N, Why} | D]}}.
