-module(stdlib_crypto_big).
-export([start/0]).

%% Hashing larger inputs: a 200 KB binary in one call and in uneven chunks.
id(X) -> X.

start() ->
    Blk = list_to_binary([I rem 256 || I <- lists:seq(0, 999)]),
    Big = binary:copy(id(Blk), 200),
    One = [crypto:hash(A, Big) || A <- [md5, sha, sha256, sha512]],
    io:format("~p~n", [[binary:encode_hex(H) || H <- One]]),
    Chunked = [begin
                   S = feed(crypto:hash_init(A), Big, 1),
                   crypto:hash_final(S)
               end || A <- [md5, sha, sha256, sha512]],
    io:format("~p~n", [Chunked =:= One]),
    byte_size(Big).

feed(S, <<>>, _) -> S;
feed(S, B, N) ->
    K = min(byte_size(B), N * 997),
    <<C:K/binary, R/binary>> = B,
    feed(crypto:hash_update(S, C), R, N + 1).
