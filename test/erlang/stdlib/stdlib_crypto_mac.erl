-module(stdlib_crypto_mac).
-export([start/0]).

%% crypto:mac/4 and macN/5 (hmac), hash_equals/2 and exor/2, with OTP's errors.
id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Key = id(<<"key">>),
    Data = id(<<"The quick brown fox jumps over the lazy dog">>),
    [io:format("~p ~s~n", [A, binary:encode_hex(crypto:mac(hmac, A, Key, Data))]) || A <- [md5, sha, sha224, sha256, sha384, sha512]],
    LongKey = binary:copy(id(<<"k">>), 200),
    io:format("~s~n", [binary:encode_hex(crypto:mac(hmac, sha256, LongKey, Data))]),
    io:format("~p~n", [crypto:mac(hmac, sha256, id("key"), [<<"The quick">>, " brown fox jumps over the lazy dog"]) =:=
                       crypto:mac(hmac, sha256, Key, Data)]),
    io:format("~p~n", [[crypto:macN(hmac, sha256, Key, Data, N) || N <- [0, 1, 8]]]),
    Cases = [fun() -> crypto:mac(hmac, id(foo), Key, Data) end,
             fun() -> crypto:mac(hmac, sha, id(k), Data) end,
             fun() -> crypto:mac(hmac, sha, Key, id(d)) end,
             fun() -> crypto:mac(id(foo), sha, Key, Data) end,
             fun() -> crypto:macN(hmac, sha256, Key, Data, id(33)) end,
             fun() -> crypto:macN(hmac, md5, Key, Data, id(-1)) end,
             fun() -> crypto:hash_equals(id(<<"abc">>), <<"abc">>) end,
             fun() -> crypto:hash_equals(id(<<"abc">>), <<"abd">>) end,
             fun() -> crypto:hash_equals(id(<<"abc">>), <<"ab">>) end,
             fun() -> crypto:hash_equals(id("abc"), "abc") end,
             fun() -> crypto:exor(id(<<1, 2, 3>>), <<3, 2, 1>>) end,
             fun() -> crypto:exor(id("ab"), [<<1>>, 2]) end,
             fun() -> crypto:exor(id(<<1>>), <<1, 2>>) end,
             fun() -> crypto:exor(id(<<>>), []) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    crypto:mac(hmac, md5, <<>>, <<>>).
