-module(beh_gs_continue).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).

start() ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    io:format("log: ~p~n", [gen_server:call(P, log)]),
    gen_server:cast(P, chain),
    io:format("log: ~p~n", [gen_server:call(P, log)]),
    P ! info_cont,
    io:format("log: ~p~n", [gen_server:call(P, log)]),
    io:format("reply: ~p~n", [gen_server:call(P, call_cont)]),
    io:format("log: ~p~n", [gen_server:call(P, log)]),
    P ! hib,
    io:format("log: ~p~n", [gen_server:call(P, log)]),
    io:format("~p~n", [gen_server:call(P, {hib_reply, x})]),
    gen_server:stop(P).

init([]) ->
    self() ! from_mailbox,
    {ok, [init], {continue, first}}.

handle_continue(first, L) -> {noreply, [cont_first | L], {continue, second}};
handle_continue(second, L) -> {noreply, [cont_second | L]};
handle_continue({n, 0}, L) -> {noreply, [done | L]};
handle_continue({n, K}, L) -> {noreply, [K | L], {continue, {n, K - 1}}};
handle_continue(after_reply, L) -> {noreply, [after_reply | L]}.

handle_call(log, _From, L) -> {reply, lists:reverse(L), []};
handle_call(call_cont, _From, L) -> {reply, replied, [call | L], {continue, after_reply}};
handle_call({hib_reply, X}, _From, L) -> {reply, {hib, X}, L, hibernate}.

handle_cast(chain, L) -> {noreply, [chain | L], {continue, {n, 3}}}.

handle_info(hib, L) -> {noreply, [hib | L], hibernate};
handle_info(info_cont, L) -> {noreply, [info | L], {continue, {n, 1}}};
handle_info(Msg, L) -> {noreply, [{info, Msg} | L]}.
