-module(maps_errors).
-export([start/0]).

start() ->
    M = id(#{a => 1}),
    NotMap = id([1, 2]),
    Tests = [fun() -> M#{b := 2} end,
             fun() -> NotMap#{a => 1} end,
             fun() -> maps:get(b, M) end,
             fun() -> maps:get(a, NotMap) end,
             fun() -> maps:keys(NotMap) end,
             fun() -> maps:values(id(atom)) end,
             fun() -> maps:merge(M, NotMap) end,
             fun() -> maps:from_list(id([{a, 1} | b])) end,
             fun() -> maps:to_list(id(5)) end,
             fun() -> map_size(NotMap) end,
             fun() -> #{a := 2} = M end,
             fun() -> #{c := _} = M end,
             fun() -> maps:fold(fun(_, _, A) -> A end, 0, NotMap) end,
             fun() -> maps:update(zz, 0, M) end],
    lists:foreach(
      fun(F) ->
              R = try F() catch error:{badmatch, V} -> {badmatch, V}; error:E -> E end,
              io:format("~p~n", [R])
      end, Tests),
    ok.

id(X) -> X.
