-module(beh_ev_basic).
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).

start() ->
    {ok, M} = gen_event:start_link(),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("add: ~p~n", [gen_event:add_handler(M, ?MODULE, counter)]),
    io:format("add id: ~p~n", [gen_event:add_handler(M, {?MODULE, logger}, log)]),
    io:format("which: ~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:notify(M, {inc, 2}),
    ok = gen_event:sync_notify(M, {inc, 3}),
    M ! {inc, 10},
    io:format("call counter: ~p~n", [gen_event:call(M, ?MODULE, get)]),
    io:format("call log: ~p~n", [gen_event:call(M, {?MODULE, logger}, get, 1000)]),
    io:format("call missing: ~p~n", [gen_event:call(M, {?MODULE, nope}, get)]),
    io:format("delete: ~p~n", [gen_event:delete_handler(M, {?MODULE, logger}, bye)]),
    io:format("delete again: ~p~n", [gen_event:delete_handler(M, {?MODULE, logger}, bye)]),
    io:format("which: ~p~n", [gen_event:which_handlers(M)]),
    io:format("remove via call: ~p~n", [gen_event:call(M, ?MODULE, remove)]),
    io:format("which: ~p~n", [gen_event:which_handlers(M)]),
    io:format("add error: ~p~n", [gen_event:add_handler(M, ?MODULE, fail)]),
    io:format("which: ~p~n", [gen_event:which_handlers(M)]),
    io:format("stop: ~p~n", [gen_event:stop(M)]),
    ok.

init(counter) -> {ok, 0};
init(log) -> {ok, []};
init(fail) -> {error, no_thanks}.

handle_event({inc, N}, C) when is_integer(C) -> {ok, C + N};
handle_event(E, L) when is_list(L) -> {ok, [E | L]}.

handle_info(I, S) -> handle_event(I, S).

handle_call(get, S) when is_list(S) -> {ok, lists:reverse(S), S};
handle_call(get, S) -> {ok, S, S};
handle_call(remove, S) -> {remove_handler, {removed_at, S}}.

terminate(Arg, S) -> io:format("terminate ~p ~p~n", [Arg, S]), {terminated, S}.
