-module(exceptions_badfun_badarity).
-export([start/0]).

start() ->
    NotFuns = [42, atom, "string", {tuple}, <<"bin">>, [1, 2]],
    lists:foreach(
      fun(X) ->
              R = try (id(X))(1) catch error:E -> E end,
              io:format("~p~n", [R])
      end, NotFuns),
    F2 = fun(A, B) -> A + B end,
    Calls = [[], [1], [1, 2, 3]],
    lists:foreach(
      fun(Args) ->
              R = try apply(id(F2), Args)
                  catch error:{badarity, {Fun, CallArgs}} ->
                          {badarity, erlang:fun_info(Fun, arity), CallArgs}
                  end,
              io:format("~p~n", [R])
      end, Calls),
    R2 = try (id(F2))(1) catch error:{badarity, {_, As}} -> {badarity, As} end,
    io:format("~p~n", [R2]),
    R3 = try (id(fun lists:reverse/1))(a, b) catch error:E3 -> E3 end,
    io:format("~p~n", [R3]),
    R4 = try apply(id(not_fun), [x]) catch error:E4 -> E4 end,
    io:format("~p~n", [R4]),
    ok.

id(X) -> X.
