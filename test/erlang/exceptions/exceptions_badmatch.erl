-module(exceptions_badmatch).
-export([start/0]).

start() ->
    Tests = [fun() -> {a, _} = id({b, 1}) end,
             fun() -> [_, _] = id([1, 2, 3]) end,
             fun() -> 1 = id(1.0) end,
             fun() -> <<_:8>> = id(<<1, 2>>) end,
             fun() -> #{k := _} = id(#{}) end,
             fun() -> "abc" = id("abd") end,
             fun() -> X = id(1), X = id(2) end,
             fun() -> {ok, V} = id(error), V end,
             fun() -> [H | _] = id([]), H end,
             fun() -> ok = id(lists:duplicate(30, x)) end],
    lists:foreach(
      fun(F) ->
              R = try F() catch error:{badmatch, V}:St -> {badmatch, V, line(St)} end,
              io:format("~p~n", [R])
      end, Tests),
    ok.

line([{_, _, _, Info} | _]) -> proplists:get_value(line, Info).

id(X) -> X.
