-module(printing_return_value).
-export([start/0]).

%% The return value itself is long: its `Return value: ~p` wraps over lines.
start() ->
    io:format("returning a long term~n"),
    [{item, N, lists:duplicate(N rem 4, x), <<"b">>, #{n => N}} || N <- lists:seq(1, 12)].
