-module(beh_log_levels).
-export([start/0]).

start() ->
    Ls = [emergency, alert, critical, error, warning, notice, info, debug],
    io:format("~p~n", [[logger:compare_levels(A, B) || A <- [error, info], B <- [alert, error, debug]]]),
    {'EXIT', {badarg, [{logger, compare_levels, [bad, error], _} | _]}} = (catch logger:compare_levels(bad, error)),
    io:format("primary ~p~n", [maps:get(level, logger:get_primary_config())]),
    io:format("allow ~p~n", [[L || L <- Ls, logger:allow(L, ?MODULE)]]),
    ok = logger:set_primary_config(level, warning),
    io:format("allow ~p~n", [[L || L <- Ls, logger:allow(L, ?MODULE)]]),
    ok = logger:set_module_level(?MODULE, debug),
    io:format("module ~p~n", [logger:get_module_level(?MODULE)]),
    io:format("allow ~p~n", [[L || L <- Ls, logger:allow(L, ?MODULE)]]),
    io:format("other ~p~n", [[L || L <- Ls, logger:allow(L, other_mod)]]),
    ok = logger:unset_module_level(?MODULE),
    io:format("module ~p~n", [logger:get_module_level(?MODULE)]),
    io:format("bad level ~p~n", [logger:set_primary_config(level, loud)]),
    ok = logger:set_primary_config(level, none),
    io:format("allow ~p~n", [[L || L <- Ls, logger:allow(L, ?MODULE)]]),
    ok = logger:set_primary_config(level, all),
    io:format("allow ~p~n", [length([L || L <- Ls, logger:allow(L, ?MODULE)])]),
    ok = logger:set_primary_config(level, notice),
    logger:set_process_metadata(#{a => 1}),
    logger:update_process_metadata(#{b => 2}),
    io:format("meta ~p~n", [lists:sort(maps:to_list(logger:get_process_metadata()))]),
    logger:unset_process_metadata(),
    io:format("meta ~p~n", [logger:get_process_metadata()]),
    ok.
