-module(beh_gs_deferred).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).

%% Replies from later callbacks with gen_server:reply/2; From is opaque.
start() ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    Self = self(),
    [spawn(fun() -> Self ! {got, N, gen_server:call(P, {wait, N})} end) || N <- [1, 2, 3]],
    timer:sleep(50),
    io:format("waiting: ~p~n", [gen_server:call(P, count)]),
    gen_server:cast(P, release),
    Got = lists:sort([receive {got, N, R} -> {N, R} end || _ <- [1, 2, 3]]),
    io:format("~p~n", [Got]),
    {ok, P2} = gen_server:start(?MODULE, [], []),
    io:format("reply from info: ~p~n", [gen_server:call(P2, later)]),
    io:format("reply returns: ~p~n", [gen_server:call(P2, reply_ret)]),
    gen_server:stop(P), gen_server:stop(P2).

init([]) -> {ok, []}.

handle_call({wait, N}, From, L) -> {noreply, [{From, N} | L]};
handle_call(count, _From, L) -> {reply, length(L), L};
handle_call(later, From, L) -> self() ! {answer, From}, {noreply, L};
handle_call(reply_ret, From, L) -> R = gen_server:reply(From, first), {reply, {second, R}, L}.

handle_cast(release, L) ->
    [gen_server:reply(F, {released, N * 10}) || {F, N} <- L],
    {noreply, []}.

handle_info({answer, From}, L) -> gen_server:reply(From, from_info), {noreply, L}.
