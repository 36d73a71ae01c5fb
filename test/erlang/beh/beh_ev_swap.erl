-module(beh_ev_swap).
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, terminate/2]).

start() ->
    {ok, M} = gen_event:start_link({local, beh_ev_swap_mgr}, []),
    ok = gen_event:add_handler(M, {?MODULE, first}, 1),
    ok = gen_event:add_handler(M, {?MODULE, other}, 100),
    gen_event:notify(M, bump),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("swap: ~p~n", [gen_event:swap_handler(M, {{?MODULE, first}, to_second}, {{?MODULE, second}, extra})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("state: ~p~n", [gen_event:call(M, {?MODULE, second}, get)]),
    gen_event:sync_notify(M, swap_me),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("state: ~p~n", [gen_event:call(M, {?MODULE, third}, get)]),
    io:format("swap by call: ~p~n", [gen_event:call(M, {?MODULE, other}, swap)]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("state: ~p~n", [gen_event:call(M, {?MODULE, fourth}, get)]),
    io:format("swap missing: ~p~n", [gen_event:swap_handler(M, {{?MODULE, nope}, x}, {{?MODULE, fifth}, y})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    gen_event:stop(M),
    ok.

init({Extra, Prev}) -> {ok, {swapped_in, Extra, Prev}};
init(N) -> {ok, N}.

handle_event(bump, N) when is_integer(N) -> {ok, N + 1};
handle_event(swap_me, {swapped_in, _, _} = S) -> {swap_handler, leaving, S, {?MODULE, third}, via_event};
handle_event(_, S) -> {ok, S}.

handle_call(get, S) -> {ok, S, S};
handle_call(swap, S) -> {swap_handler, swapping, by_call, S, {?MODULE, fourth}, x}.

terminate(Arg, S) -> {was, Arg, S}.
