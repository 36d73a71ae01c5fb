-module(stdlib_erl_error_options).
-export([start/0]).

%% erl_error:format_exception/4: column, stack_trim_fun, format_fun; long terms laid out as OTP.
id(X) -> X.

start() ->
    S = [{m, foo, 2, [{file, "m.erl"}, {line, 10}]}, {m, start, 0, [{file, "m.erl"}, {line, 3}]}, {lists, map, 2, []}],
    io:format("~ts~n", [erl_error:format_exception(error, badarg, S, #{column => 10})]),
    io:format("~ts~n", [erl_error:format_exception(error, badarg, [{m, f, [], []}], #{column => 4})]),
    io:format("~ts~n", [erl_error:format_exception(error, badarg, S, #{stack_trim_fun => fun(M, _, _) -> M =:= lists end})]),
    io:format("~ts~n", [erl_error:format_exception(error, badarg, S, #{stack_trim_fun => fun(M, _, _) -> M =:= m end})]),
    io:format("~ts~n", [erl_error:format_exception(error, {badmatch, {a, "str"}}, S,
                                                   #{format_fun => fun(T, I) -> io_lib:format("<~w:~w>", [T, I]) end})]),
    L = lists:seq(1, 40),
    Long = [{throw, L, [{m, f, 1, []}, {m, g, [a, L], []}]}, {error, {badarg, L}, []}, {error, {badkey, L}, []},
            {error, function_clause, [{m, g, [a, L, {b, L}], []}]}, {error, function_clause, [{m, g, [a, lists:seq(1, 15)], []}]}]
        ++ [{error, {W, lists:seq(1, N)}, []} || W <- [badmatch, case_clause, try_clause], N <- [10, 12, 13, 20, 25, 40]]
        ++ [{error, {badmatch, {lists:seq(1, N), "abcdefghijklmnopqrstuvwxyz", #{a => N}}}, []} || N <- [1, 10, 20]],
    [io:format("~ts~n", [erl_error:format_exception(C, R, id(St))]) || {C, R, St} <- Long],
    [io:format("~ts~n", [erl_error:format_exception(error, {badmatch, lists:seq(1, N)}, [], #{column => 7})]) || N <- [12, 25]],
    ok.
