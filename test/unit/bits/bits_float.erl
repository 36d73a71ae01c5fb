%% Float segments: 16/32/64 bits, both endiannesses, unaligned, special values, rounding,
%% matching non-finite floats (fails), integers and bignums as float sources.
-module(bits_float).
-export([start/0]).

id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.

put(V, N, Off) ->
    [<<(id(0)):Off, V:N/float, 1:1>>, <<(id(0)):Off, V:N/float-little, 1:1>>,
     <<(id(0)):Off, V:N/float-native>>].

get(B, N, Off) ->
    [r(fun() -> <<_:Off, X:N/float, _/bits>> = B, X end),
     r(fun() -> <<_:Off, X:N/float-little, _/bits>> = B, X end)].

start() ->
    Vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 3.141592653589793, 1.0e30, 1.0e-30, -2.5, 65504.0, 65519.0,
            65520.0, 70000.0, 1.0e-5, 6.0e-8, 2.9e-8, 3.0e-8, 1.0e-8, 6.103515625e-5, 6.1e-5, 0.1, 1.0e300,
            1.0e-300, 3.4028234663852886e38, 3.4028235677973366e38, 1.401298464324817e-45, 7.0e-46,
            5.0e-324, 1.7976931348623157e308, 2049.0, 2051.0, 4097.0, 1.00048828125, 1.000732421875,
            7, -3, 100000, 1 bsl 70, -(1 bsl 100)],
    [io:format("~w ~w ~w ~w~n", [V, N, Off, r(fun() -> put(V, N, Off) end)])
     || V <- Vals, N <- [16, 32, 64], Off <- [0, 5]],
    Bins = [<<0,0,0,0,0,0,0,0,0,0>>, <<127,240,0,0,0,0,0,0,0,0>>, <<255,248,0,0,0,0,0,0,0,0>>,
            <<127,128,0,0,0,0,0,0,0,0>>, <<124,0,0,0,0,0,0,0,0,0>>, <<0,0,124,0,0,0,0,0,128,127>>,
            <<0,0,0,0,0,0,240,127,1,2>>, <<1,2,3,4,5,6,7,8,9,10>>, <<255,255,255,255,255,255,255,255,255,255>>,
            <<60,0,192,0,123,255,4,0,0,1>>],
    [io:format("~w ~w ~w ~w~n", [B, N, Off, get(B, N, Off)]) || B <- Bins, N <- [16, 32, 64], Off <- [0, 3, 16]],
    io:format("~w~n", [r(fun() -> <<(id(1.0)):(id(8))/float>> end)]),
    io:format("~w~n", [r(fun() -> <<(id(a)):64/float>> end)]),
    io:format("~w~n", [r(fun() -> <<(id(1 bsl 1100)):64/float>> end)]),
    io:format("~w~n", [r(fun() -> <<(id(1 bsl 1100)):32/float>> end)]),
    S = id(24), io:format("~w~n", [r(fun() -> <<X:S/float>> = id(<<1,2,3>>), X end)]),
    ok.
