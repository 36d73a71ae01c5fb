-module(exceptions_classes).
-export([start/0]).

start() ->
    Fs = [fun() -> throw(my_ball) end,
          fun() -> error(my_error) end,
          fun() -> exit(my_exit) end,
          fun() -> throw({complex, [1, 2], <<"x">>}) end,
          fun() -> error({reason, 42}) end,
          fun() -> exit({shutdown, tmp}) end,
          fun() -> no_exception end],
    lists:foreach(
      fun(F) ->
              R = try F() of
                      V -> {returned, V}
                  catch
                      throw:T -> {thrown, T};
                      error:E -> {errored, E};
                      exit:X -> {exited, X}
                  end,
              io:format("~p~n", [R])
      end, Fs),
    R2 = try throw(inner) catch Class:Reason -> {Class, Reason} end,
    io:format("~p~n", [R2]),
    R3 = try error(e) catch throw:_ -> wrong; _:_ -> any end,
    io:format("~p~n", [R3]),
    R4 = try exit(x) catch Reason4 -> {default_class_is_throw, Reason4}; exit:Reason4 -> {exit, Reason4} end,
    io:format("~p~n", [R4]),
    R2.
