-module(proc_unique_integer).
-export([start/0]).

%% erlang:unique_integer/0,1: unique, and increasing with monotonic.
start() ->
    L = [erlang:unique_integer() || _ <- lists:seq(1, 100)],
    io:format("unique ~p~n", [length(lists:usort(L)) =:= 100]),
    M = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 100)],
    io:format("monotonic ~p~n", [M =:= lists:sort(M) andalso length(lists:usort(M)) =:= 100]),
    P = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 100)],
    io:format("positive ~p~n", [lists:all(fun(X) -> X > 0 end, P)]),
    PM = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 100)],
    io:format("positive monotonic ~p~n", [PM =:= lists:usort(PM) andalso hd(PM) > 0]),
    Self = self(),
    [spawn(fun() -> Self ! {u, erlang:unique_integer([positive])} end) || _ <- lists:seq(1, 10)],
    U = [receive {u, X} -> X end || _ <- lists:seq(1, 10)],
    io:format("across processes ~p~n", [length(lists:usort(U)) =:= 10]),
    [io:format("~p~n", [try erlang:unique_integer(O) of _ -> ok catch error:E -> E end]) || O <- [[bogus], foo, [positive | x]]],
    ok.
