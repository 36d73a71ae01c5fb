%% diff-extra: difflib_text
-module(funs_remote_calls).
-export([start/0]).

%% Funs created in one module and called from another, and the reverse.
start() ->
    Inc = difflib_text:counter(),
    io:format("~p~n", [[Inc(N) || N <- [1, 2, 3]]]),
    io:format("~p~n", [difflib_text:apply_twice(fun(X) -> X ++ X end, "ab")]),
    io:format("~p~n", [difflib_text:apply_twice(Inc, 40)]),
    {module, M} = erlang:fun_info(Inc, module),
    io:format("~p~n", [M]),
    F = fun difflib_text:kv_line/2,
    io:format("~s~n", [F(key, {value, 1})]),
    io:format("~p~n", [erlang:fun_info(F, arity)]),
    difflib_text:apply_twice(Inc, 0).
