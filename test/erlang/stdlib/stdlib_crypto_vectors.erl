-module(stdlib_crypto_vectors).
-export([start/0]).

id(X) -> X.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

start() ->
    Msgs = [<<>>, <<"abc">>, <<"The quick brown fox jumps over the lazy dog">>,
            <<"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq">>,
            <<"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu">>],
    Algs = [md5, sha, sha224, sha256, sha384, sha512],
    lists:foreach(
      fun(M) ->
              lists:foreach(
                fun(A) ->
                        D = crypto:hash(id(A), id(M)),
                        io:format("~p ~p ~s~n", [A, byte_size(M), hex(D)])
                end, Algs)
      end, Msgs),
    crypto:hash(sha256, id(<<"abc">>)).
