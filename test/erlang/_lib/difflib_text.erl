%% Helper module for differential programs (not a program itself): text utilities.
-module(difflib_text).
-export([banner/1, kv_line/2, apply_twice/2, counter/0]).

banner(Title) ->
    Line = lists:duplicate(length(Title) + 4, $*),
    io:format("~s~n* ~s *~n~s~n", [Line, Title, Line]).

kv_line(K, V) -> lists:flatten(io_lib:format("~-10s= ~p", [K, V])).

apply_twice(F, X) -> F(F(X)).

counter() -> fun(N) -> N + 1 end.
