-module(stdlib_io_format_ints).
-export([start/0]).

start() ->
    N = id(255), M = id(-255), Big = id(1 bsl 70),
    io:format("[~b] [~B] [~8b] [~-8b] [~08b]~n", [N, N, N, N, N]),
    io:format("[~.16b] [~.16B] [~.2b] [~.36B] [~.8b]~n", [N, N, N, N, N]),
    io:format("[~x] [~X] [~.16x] [~.16X]~n", [N, "0x", N, "0x", M, "#", M, "#"]),
    io:format("[~#] [~.16#] [~.2#] [~10.16#]~n", [N, N, M, N]),
    io:format("[~+] [~.16+] [~.2+] [~12.16+]~n", [N, N, M, N]),
    io:format("[~b] [~.16b] [~.36B]~n", [Big, Big, -Big]),
    io:format("[~10.16.0b] [~-10.16.*b] [~*.*B]~n", [N, $*, N, 6, 16, N]),
    io:format("[~w] [~10w] [~-10w] [~.3w]~n", [M, M, M, 12345]),
    io:format("[~s]~n", [integer_to_list(Big)]),
    io:format("[~2b] [~3.16B]~n", [N, N]),
    io:format("[~c] [~5c] [~-5c] [~.3c] [~5.3c]~n", [$a, $b, $c, $d, $e]),
    io:format("[~i] [~w]~n", [ignored, shown]),
    io:format("~~ [~n]~n", []),
    ok.

id(X) -> X.
