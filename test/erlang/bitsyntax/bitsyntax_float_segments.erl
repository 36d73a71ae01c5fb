-module(bitsyntax_float_segments).
-export([start/0]).

start() ->
    Fs = [0.0, 1.0, -1.0, 0.5, 3.141592653589793, 1.0e30, 1.0e-30, -2.5],
    lists:foreach(
      fun(F) ->
              B64 = <<F:64/float>>,
              B32 = <<F:32/float>>,
              L64 = <<F:64/float-little>>,
              <<G:64/float>> = B64,
              <<H:32/float>> = B32,
              io:format("~p~n  ~w~n  ~w~n  ~w~n  back ~p ~p~n", [F, B64, B32, L64, G, H])
      end, [id(F) || F <- Fs]),
    %% integers are accepted as float segments
    io:format("~w ~w~n", [<<(id(1)):64/float>>, <<(id(2)):32/float>>]),
    %% half precision
    io:format("~w ~w ~w~n", [<<(id(1.5)):16/float>>, <<(id(-2.0)):16/float>>, <<(id(65504.0)):16/float>>]),
    <<Half:16/float>> = id(<<16#3C, 16#00>>),
    io:format("half ~p~n", [Half]),
    <<A:32/float, B:64/float-little>> = id(<<64, 73, 15, 219, 24, 45, 68, 84, 251, 33, 9, 64>>),
    io:format("~p ~p~n", [A, B]),
    B.

id(X) -> X.
