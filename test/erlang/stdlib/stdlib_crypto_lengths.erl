-module(stdlib_crypto_lengths).
-export([start/0]).

%% Hashes of messages around the block and padding boundaries (55, 56, 64, 111, 112, 128 ...).
id(X) -> X.

msg(N) -> list_to_binary([(I * 7 + N) band 255 || I <- lists:seq(1, N)]).

start() ->
    Lens = [0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 255, 256, 1000],
    Algs = [md5, sha, sha224, sha256, sha384, sha512],
    R = [begin
             M = msg(id(N)),
             H = [binary:decode_unsigned(crypto:hash(A, M)) rem 1000000007 || A <- Algs],
             io:format("~p ~w~n", [N, H]),
             lists:sum(H)
         end || N <- Lens],
    lists:sum(R).
