-module(arith_overflow_boundaries).
-export([start/0]).

%% Values around the boundaries where VMs switch between small integers and
%% bignums (28-bit AtomVM small ints, 32, 60, 64 bits).
start() ->
    Bits = [27, 28, 31, 32, 59, 60, 63, 64, 65],
    lists:foreach(
      fun(B) ->
              P = 1 bsl B,
              io:format("2^~w: ~w ~w ~w | ~w ~w ~w~n",
                        [B, P - 1, P, P + 1, -P - 1, -P, -P + 1])
      end, Bits),
    %% crossing the boundary by increments and decrements
    Max28 = (1 bsl 27) - 1,
    io:format("~w ~w ~w~n", [Max28 + 1, Max28 + 2, (Max28 + 1) - 1]),
    Min28 = -(1 bsl 27),
    io:format("~w ~w ~w~n", [Min28 - 1, Min28 - 2, (Min28 - 1) + 1]),
    X = 16#7FFFFFFFFFFFFFFF,
    io:format("~w ~w ~w~n", [X + 1, X * 2, -X - 2]),
    io:format("types: ~w ~w~n", [is_integer(X * X), (X * X) div X =:= X]),
    lists:map(fun(B) -> (1 bsl B) - 1 end, [27, 31, 63]).
