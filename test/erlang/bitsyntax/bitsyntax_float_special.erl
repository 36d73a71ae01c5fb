-module(bitsyntax_float_special).
-export([start/0]).

start() ->
    Vals = [-0.0, 5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0e-40, 3.4028234663852886e38],
    lists:foreach(
      fun(F) ->
              io:format("~p ~w~n", [F, <<F:64/float>>]),
              R = try <<F:32/float>> catch error:badarg -> badarg end,
              io:format("  32: ~w~n", [R])
      end, [id(V) || V <- Vals]),
    Pats = [<<16#7FF0000000000000:64>>, <<16#FFF0000000000000:64>>, <<16#7FF8000000000001:64>>,
            <<16#0000000000000001:64>>, <<16#8000000000000000:64>>, <<16#3FF0000000000000:64>>],
    lists:foreach(fun(P) -> io:format("~w -> ~p~n", [P, as_float(id(P))]) end, Pats),
    io:format("~p~n", [[as_float32(id(<<X:32>>)) || X <- [16#7F800000, 16#FF800000, 16#7FC00000, 16#00000001, 16#3F800000]]]),
    ok.

as_float(<<F:64/float>>) -> F;
as_float(_) -> not_a_float.

as_float32(<<F:32/float>>) -> F;
as_float32(_) -> not_a_float.

id(X) -> X.
