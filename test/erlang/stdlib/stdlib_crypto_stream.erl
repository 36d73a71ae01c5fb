-module(stdlib_crypto_stream).
-export([start/0]).

%% hash_init / hash_update / hash_final: chunked input gives the one-shot digest; states are
%% values (updating or finishing one twice gives the same result).
id(X) -> X.

chunks(<<>>, _) -> [];
chunks(B, N) when byte_size(B) =< N -> [B];
chunks(B, N) -> <<C:N/binary, R/binary>> = B, [C | chunks(R, N)].

start() ->
    Data = list_to_binary([I rem 251 || I <- lists:seq(1, 700)]),
    Algs = [md5, sha, sha224, sha256, sha384, sha512],
    lists:foreach(
      fun(A) ->
              One = crypto:hash(A, Data),
              Oks = [begin
                         S = lists:foldl(fun(C, St) -> crypto:hash_update(St, C) end,
                                         crypto:hash_init(A), chunks(Data, id(N))),
                         crypto:hash_final(S) =:= One
                     end || N <- [1, 3, 63, 64, 65, 127, 128, 129, 700]],
              io:format("~p ~p ~p~n", [A, byte_size(One), Oks])
      end, Algs),
    S0 = crypto:hash_init(sha256),
    S1 = crypto:hash_update(S0, id("abc")),
    D1 = crypto:hash_final(S1),
    D2 = crypto:hash_final(S1),
    S2 = crypto:hash_update(S1, id(<<"def">>)),
    io:format("~p~n", [{D1 =:= D2, D1 =:= crypto:hash(sha256, "abc"),
                        crypto:hash_final(S2) =:= crypto:hash(sha256, "abcdef"),
                        crypto:hash_final(S0) =:= crypto:hash(sha256, <<>>)}]),
    S3 = crypto:hash_update(crypto:hash_init(md5), [id("ab"), [<<"c">>]]),
    crypto:hash_final(S3).
