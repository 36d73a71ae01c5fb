-module(beh_gs_noproc).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).

start() ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    ok = gen_server:stop(P),
    show(fun() -> gen_server:call(P, hello) end, P),
    show(fun() -> gen_server:call(P, hello, 100) end, P),
    show(fun() -> gen_server:call(P, hello, infinity) end, P),
    show(fun() -> gen_server:call(beh_gs_noproc_missing, hello) end, P),
    show(fun() -> gen_server:call(beh_gs_noproc_missing, {a, 1}, 500) end, P),
    show(fun() -> gen_server:call({beh_gs_noproc_missing, node()}, hello) end, P),
    show(fun() -> gen_server:stop(P) end, P),
    show(fun() -> gen_server:stop(beh_gs_noproc_missing) end, P),
    show(fun() -> gen_statem:call(P, x) end, P),
    show(fun() -> gen_server:call(self(), x) end, P),
    ok.

show(F, P) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R -> io:format("~p: ~p~n", [C, hide(R, P)])
    end.

hide(P, P) -> dead_pid;
hide(P, _) when is_pid(P) -> a_pid;
hide(T, P) when is_tuple(T) -> list_to_tuple(hide(tuple_to_list(T), P));
hide(L, P) when is_list(L) -> [hide(X, P) || X <- L];
hide(X, _) -> X.

init([]) -> {ok, []}.
handle_call(_, _From, S) -> {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.
