-module(stdlib_erl_error_basic).
-export([start/0]).

%% erl_error:format_exception/3 on constructed stack traces (deterministic), every explanation.
id(X) -> X.

start() ->
    S = [{m, foo, 2, [{file, "m.erl"}, {line, 10}]}, {m, start, 0, [{file, "src/m.erl"}, {line, 3}]}, {lists, map, 2, []}],
    Cases = [{error, badarg, S}, {error, {badmatch, 3}, S}, {throw, foo, S}, {exit, normal, []},
             {error, undef, [{m, f, [1, a], []}]}, {error, undef, [{m, f, 2, [{file, "m.erl"}]} | S]},
             {error, function_clause, [{m, foo, [1, "x"], [{file, "m.erl"}, {line, 10}]} | S]},
             {error, function_clause, [{m, f, 2, []}]},
             {error, {case_clause, {a, b}}, S}, {error, badarith, S}, {error, {badarg, x}, S}, {error, if_clause, []},
             {error, {try_clause, 1}, []}, {error, {badfun, 1}, []}, {error, {badarity, {fun erlang:abs/1, [1, 2]}}, []},
             {error, {badarity, {fun lists:map/2, [1]}}, []}, {error, {badarity, {fun lists:map/2, []}}, []},
             {error, {badarity, {fun lists:map/2, [1, 2, 3]}}, []},
             {error, system_limit, []}, {error, {badkey, k}, []}, {error, {badmap, 1}, []}, {error, noproc, []},
             {error, timeout_value, []}, {error, {badrecord, r}, []}, {error, {nocatch, x}, []}, {error, "string reason", []},
             {error, {bad_generator, 1}, []}, {error, {bad_filter, 1}, []}, {exit, {shutdown, x}, S},
             {throw, {a, "str"}, [{m, f, [x, {y}], [{file, "m.erl"}, {line, 1}]}]},
             {error, badarg, [{m, f, 1, [{file, "m.erl"}]}, {m, g, [a], [{file, "m.erl"}, {line, 2}]}]},
             {exit, killed, [{'m-x', 'f y', 0, [{file, "a/b.erl"}, {line, 9}]}]},
             {error, {badfun, fun lists:map/2}, []}],
    [io:format("~ts~n", [erl_error:format_exception(C, R, id(St))]) || {C, R, St} <- Cases],
    length(Cases).
