-module(beh_log_filters).
-export([start/0, log/2]).

start() ->
    ok = logger:set_handler_config(default, level, none),
    ok = logger:add_handler(beh_f, ?MODULE, #{}),
    ok = logger:add_primary_filter(no_secret, {fun(#{msg := {string, "secret" ++ _}}, _) -> stop; (E, _) -> E end, []}),
    logger:error("public"),
    logger:error("secret stuff"),
    io:format("dup ~p~n", [logger:add_primary_filter(no_secret, {fun(E, _) -> E end, []})]),
    ok = logger:remove_primary_filter(no_secret),
    logger:error("secret now visible"),
    ok = logger:add_handler_filter(beh_f, tag, {fun(#{meta := M} = E, Tag) -> E#{meta := M#{tag => Tag}} end, tagged}),
    logger:error("tagged one"),
    ok = logger:add_handler_filter(beh_f, drop_warn, {fun(#{level := warning}, _) -> stop; (_, _) -> ignore end, []}),
    logger:warning("dropped warning"),
    logger:error("kept error"),
    ok = logger:remove_handler_filter(beh_f, tag),
    logger:error("untagged"),
    io:format("remove missing ~p~n", [logger:remove_handler_filter(beh_f, nope)]),
    ok = logger:remove_handler(beh_f),
    ok = logger:set_handler_config(default, level, all),
    ok.

log(#{level := L, msg := {string, S}, meta := M}, _) ->
    io:format("~p ~s tag=~p~n", [L, S, maps:get(tag, M, none)]).
