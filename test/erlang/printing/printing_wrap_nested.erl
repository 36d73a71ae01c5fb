-module(printing_wrap_nested).
-export([start/0]).

start() ->
    T1 = {config, [{server, [{host, "localhost"}, {port, 8080}, {options, [verbose, {timeout, 5000}]}]},
                   {database, [{name, "production_db"}, {pool_size, 20}, {replicas, ["r1.example.com", "r2.example.com"]}]},
                   {features, [alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa]}]},
    io:format("~p~n", [T1]),
    T2 = lists:foldl(fun(N, Acc) -> {level, N, Acc} end, bottom, lists:seq(1, 12)),
    io:format("~p~n", [T2]),
    T3 = [{N, lists:seq(1, N)} || N <- lists:seq(1, 8)],
    io:format("~p~n", [T3]),
    T4 = {a, [{b, [{c, [{d, [{e, [{f, "a string that is long enough to force wrapping here"}]}]}]}]}]},
    io:format("~p~n", [T4]),
    T5 = [[[[[[deep]]]]], {{{{{deeper}}}}}],
    io:format("~p~n", [T5]),
    T1.
