-module(stdlib_crypto_iodata).
-export([start/0]).

id(X) -> X.

start() ->
    Flat = crypto:hash(sha256, id(<<"hello world">>)),
    Forms = [id("hello world"), id([<<"hello">>, $\s, "world"]),
             id([[[$h, [$e]], <<"llo ">>], [<<"wor">>, [[], "ld"]]]),
             id([<<"hello world">> | <<>>]), id(["hello" | <<" world">>]),
             id([<<"xhello worldy">>])],
    lists:foreach(fun(F) -> io:format("~p~n", [crypto:hash(sha256, F) =:= Flat]) end, Forms),
    <<_, Sub:11/binary, _/binary>> = id(<<"xhello worldy">>),
    io:format("sub ~p~n", [crypto:hash(sha256, Sub) =:= Flat]),
    io:format("~p~n", [crypto:hash(md5, id([]))]),
    io:format("~p~n", [crypto:hash(sha, id([[], [[]], <<>>]))]),
    io:format("~p~n", [crypto:hash(md5, id("a")) =:= erlang:md5(id("a"))]),
    Big = binary:copy(id(<<"0123456789">>), 2000),
    io:format("~p~n", [crypto:hash(sha512, Big)]),
    io:format("~p~n", [crypto:hash(sha, binary_to_list(Big)) =:= crypto:hash(sha, Big)]),
    ok.
