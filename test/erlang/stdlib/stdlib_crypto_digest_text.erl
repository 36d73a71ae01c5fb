-module(stdlib_crypto_digest_text).
-export([start/0]).

%% Hex digests of text in several encodings, and a content-addressed store keyed by sha256.
id(X) -> X.

hex(B) -> string:lowercase(binary_to_list(binary:encode_hex(B))).

start() ->
    Text = id("Grüße 😀"),
    Utf8 = unicode:characters_to_binary(Text),
    Utf16 = unicode:characters_to_binary(Text, unicode, utf16),
    io:format("~s~n~s~n", [hex(crypto:hash(sha256, Utf8)), hex(crypto:hash(sha256, Utf16))]),
    io:format("~s~n", [hex(crypto:hash(md5, io_lib:format("~p", [{id(1), [a, b]}])))]),
    Docs = [<<"alpha">>, <<"beta">>, <<"alpha">>, <<"gamma">>],
    Store = lists:foldl(fun(D, M) -> maps:put(crypto:hash(sha, D), D, M) end, #{}, Docs),
    io:format("~p~n", [lists:sort(maps:values(Store))]),
    io:format("~p~n", [lists:sort([hex(K) || K <- maps:keys(Store)])]),
    Big = binary:copy(id(<<"abcdefghij">>), 10000),
    hex(crypto:hash(sha256, Big)).
