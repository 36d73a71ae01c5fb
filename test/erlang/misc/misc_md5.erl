-module(misc_md5).
-export([start/0]).

start() ->
    Ins = [<<>>, <<"a">>, <<"abc">>, <<"message digest">>, <<"abcdefghijklmnopqrstuvwxyz">>,
           "The quick brown fox jumps over the lazy dog", ["iolist ", <<"with ">>, [$p, $a, $r, $t, $s]],
           binary:copy(<<"0123456789">>, 100)],
    lists:foreach(fun(I) -> io:format("~s~n", [hex(erlang:md5(I))]) end, Ins),
    Ctx0 = erlang:md5_init(),
    Ctx1 = erlang:md5_update(Ctx0, <<"The quick brown fox ">>),
    Ctx2 = erlang:md5_update(Ctx1, "jumps over the lazy dog"),
    Digest = erlang:md5_final(Ctx2),
    io:format("~s ~p~n", [hex(Digest), Digest =:= erlang:md5("The quick brown fox jumps over the lazy dog")]),
    io:format("~p~n", [byte_size(Digest)]),
    hex(erlang:md5(<<"AtomVM">>)).

hex(B) -> lists:flatten([io_lib:format("~2.16.0b", [X]) || <<X>> <= B]).
