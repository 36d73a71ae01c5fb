-module(stdlib_crypto_rand).
-export([start/0]).

id(X) -> X.

start() ->
    Sizes = [0, 1, 2, 16, 100, 1000],
    L = [crypto:strong_rand_bytes(id(N)) || N <- Sizes],
    io:format("~p~n", [[{is_binary(B), byte_size(B)} || B <- L]]),
    Many = [crypto:strong_rand_bytes(16) || _ <- lists:seq(1, 50)],
    io:format("distinct ~p~n", [length(lists:usort(Many)) > 45]),
    Big = crypto:strong_rand_bytes(4096),
    Bytes = binary_to_list(Big),
    io:format("range ~p~n", [lists:all(fun(X) -> X >= 0 andalso X =< 255 end, Bytes)]),
    io:format("spread ~p~n", [length(lists:usort(Bytes)) > 200]),
    byte_size(Big).
