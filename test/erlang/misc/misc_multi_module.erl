%% diff-extra: difflib_stack difflib_text
-module(misc_multi_module).
-export([start/0, square/1]).

%% Calls into helper modules that are passed on the command line after this one.
start() ->
    difflib_text:banner("multi module"),
    S = difflib_stack:from_list([1, 2, 3, 4]),
    io:format("~p~n", [difflib_stack:size(S)]),
    {Top, S2} = difflib_stack:pop(S),
    io:format("~p ~p~n", [Top, difflib_stack:to_list(S2)]),
    io:format("~p~n", [difflib_stack:peek(difflib_stack:new())]),
    io:format("~s~n", [difflib_text:kv_line("answer", 42)]),
    io:format("~p~n", [difflib_text:apply_twice(fun ?MODULE:square/1, 3)]),
    Inc = difflib_text:counter(),
    io:format("~p~n", [Inc(Inc(0))]),
    Mod = difflib_stack,
    io:format("~p~n", [Mod:size(Mod:push(x, Mod:new()))]),
    io:format("~p~n", [lists:map(fun difflib_stack:size/1, [S, S2])]),
    difflib_stack:to_list(S2).

square(X) -> X * X.
