-module(beh_gs_many_clients).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).

start() ->
    {ok, P} = gen_server:start_link({local, beh_gs_bank}, ?MODULE, #{}, []),
    Self = self(),
    Ps = [spawn_link(fun() ->
                             [gen_server:call(beh_gs_bank, {deposit, K rem 5, K}) || K <- lists:seq(1, 20)],
                             Self ! {done, I}
                     end) || I <- lists:seq(1, 10)],
    [receive {done, I} -> ok end || I <- lists:seq(1, length(Ps))],
    io:format("~p~n", [lists:sort(maps:to_list(gen_server:call(P, all)))]),
    [gen_server:cast(beh_gs_bank, {withdraw, K, 1}) || K <- lists:seq(0, 4)],
    io:format("~p~n", [gen_server:call(beh_gs_bank, {balance, 0})]),
    gen_server:stop(P),
    ok.

init(M) -> {ok, M}.
handle_call({deposit, K, V}, _From, M) -> {reply, ok, maps:update_with(K, fun(X) -> X + V end, V, M)};
handle_call({balance, K}, _From, M) -> {reply, maps:get(K, M), M};
handle_call(all, _From, M) -> {reply, M, M}.
handle_cast({withdraw, K, V}, M) -> {noreply, maps:update_with(K, fun(X) -> X - V end, M)}.
