-module(arith_format_ints).
-export([start/0]).

start() ->
    Ns = [0, 5, -5, 255, -4096, 123456789, 1 bsl 64],
    lists:foreach(
      fun(N) ->
              io:format("[~w] [~10w] [~-10w] [~b] [~.2b] [~.16B] [~.16b] [~.36B]~n",
                        [N, N, N, N, N, N, N, N]),
              io:format("[~x] [~X] [~.16x] [~.8X] [~.16#] [~.2#]~n",
                        [N, "0x", N, "#", N, "0x", N, "0o", N, N])
      end, Ns),
    io:format("[~8b] [~-8b] [~8.16B] [~8.16.0B] [~.10B] [~8.2.0B] [~4.10.*B]~n", [42, 42, 255, 255, 7, 5, $_, 3]),
    io:format("[~5w] [~5p] [~-5w|] [~2w]~n", [1, 2, 3, 123456]),
    io:format("[~*w] [~*b]~n", [6, 77, 4, 8]),
    ok.
