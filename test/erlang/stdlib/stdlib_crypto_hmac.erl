-module(stdlib_crypto_hmac).
-export([start/0]).

%% HMAC (RFC 2104) built on crypto:hash/2, checked against RFC 4231 / RFC 2202 vectors.
id(X) -> X.

hmac(Alg, Key0, Data) ->
    Block = case Alg of sha384 -> 128; sha512 -> 128; _ -> 64 end,
    Key1 = if byte_size(Key0) > Block -> crypto:hash(Alg, Key0); true -> Key0 end,
    Key = <<Key1/binary, 0:((Block - byte_size(Key1)) * 8)>>,
    IPad = << <<(B bxor 16#36)>> || <<B>> <= Key >>,
    OPad = << <<(B bxor 16#5c)>> || <<B>> <= Key >>,
    crypto:hash(Alg, [OPad, crypto:hash(Alg, [IPad, Data])]).

start() ->
    K1 = binary:copy(<<16#0b>>, 20),
    [io:format("~p ~s~n", [A, binary:encode_hex(hmac(A, K1, id(<<"Hi There">>)))]) || A <- [md5, sha, sha224, sha256, sha384, sha512]],
    K2 = id(<<"Jefe">>),
    [io:format("~p ~s~n", [A, binary:encode_hex(hmac(A, K2, <<"what do ya want for nothing?">>))]) || A <- [sha256, sha512]],
    K3 = binary:copy(<<16#aa>>, 131),
    io:format("~s~n", [binary:encode_hex(hmac(sha256, K3, <<"Test Using Larger Than Block-Size Key - Hash Key First">>))]),
    byte_size(hmac(sha512, K3, <<>>)).
