-module(stdlib_crypto_errors).
-export([start/0]).

id(X) -> X.

t(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

start() ->
    Cases = [fun() -> crypto:hash(id(foo), <<"a">>) end,
             fun() -> crypto:hash(id("sha"), <<"a">>) end,
             fun() -> crypto:hash(sha, id(atom)) end,
             fun() -> crypto:hash(sha, id(3)) end,
             fun() -> crypto:hash(md5, id([1, 2 | x])) end,
             fun() -> crypto:hash(md5, id([256])) end,
             fun() -> crypto:hash(md5, id([-1])) end,
             fun() -> crypto:hash(sha, id(<<1:3>>)) end,
             fun() -> crypto:hash(sha, id([<<"a">>, <<1:7>>])) end,
             fun() -> crypto:hash(sha, id({<<"a">>})) end,
             fun() -> crypto:hash_init(id(bar)) end,
             fun() -> crypto:hash_init(id(<<"sha">>)) end,
             fun() -> crypto:hash_update(id(foo), <<>>) end,
             fun() -> crypto:hash_update(crypto:hash_init(sha), id(foo)) end,
             fun() -> crypto:hash_final(id(foo)) end,
             fun() -> crypto:hash_final(id(make_ref())) end,
             fun() -> crypto:strong_rand_bytes(id(-1)) end,
             fun() -> crypto:strong_rand_bytes(id(foo)) end,
             fun() -> crypto:strong_rand_bytes(id(1.0)) end,
             fun() -> crypto:strong_rand_bytes(id(0)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
