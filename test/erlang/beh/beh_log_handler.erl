-module(beh_log_handler).
-export([start/0, log/2, adding_handler/1, removing_handler/1]).
-include_lib("kernel/include/logger.hrl").

%% A handler of our own sees the events that pass the primary level; the
%% logger.hrl macros add the location.
start() ->
    ok = logger:add_handler(beh_h, ?MODULE, #{config => #{tag => mine}}),
    io:format("ids ~p~n", [lists:member(beh_h, logger:get_handler_ids())]),
    ok = logger:set_handler_config(default, level, none),
    ?LOG_ERROR("error ~p", [1]),
    ?LOG_WARNING("warning ~s", ["two"]),
    ?LOG_NOTICE("notice plain"),
    ?LOG_INFO("info hidden ~p", [3]),
    ?LOG_DEBUG("debug hidden"),
    ?LOG_ERROR(#{what => report, n => 4}),
    ?LOG_WARNING([{key, value}, {k2, "str"}]),
    ?LOG_ERROR("with meta ~p", [5], #{custom => yes}),
    logger:error("plain call ~p", [6]),
    logger:warning(#{report => map}),
    logger:log(notice, "via log/3 ~p", [7]),
    logger:log(info, "info via log/3"),
    logger:alert("alert"),
    ok = logger:set_primary_config(level, info),
    ?LOG_INFO("info now ~p", [8]),
    ?LOG_DEBUG("still hidden"),
    ok = logger:set_primary_config(level, notice),
    ok = logger:set_handler_config(beh_h, level, error),
    ?LOG_WARNING("handler level hides this"),
    ?LOG_CRITICAL("critical passes"),
    ok = logger:remove_handler(beh_h),
    ?LOG_ERROR("nobody sees this"),
    io:format("remove again ~p~n", [logger:remove_handler(beh_h)]),
    ok = logger:set_handler_config(default, level, all),
    ok.

%% (these run in the logger process under OTP: they print nothing here)
adding_handler(Config) -> {ok, Config}.

removing_handler(_) -> ok.

log(#{level := L, msg := Msg, meta := Meta}, #{config := #{tag := mine}}) ->
    Loc = case Meta of
              #{mfa := MFA, line := Line} -> {MFA, is_integer(Line)};
              _ -> no_location
          end,
    io:format("~p ~p ~p custom=~p~n", [L, text(Msg), Loc, maps:get(custom, Meta, none)]).

text({string, S}) -> lists:flatten(io_lib:format("~ts", [S]));
text({report, R}) -> {report, R};
text({F, A}) -> lists:flatten(io_lib:format(F, A)).
