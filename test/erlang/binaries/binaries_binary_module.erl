-module(binaries_binary_module).
-export([start/0]).

start() ->
    B = id(<<"the cat sat on the mat">>),
    io:format("~p~n", [binary:split(B, <<" ">>)]),
    io:format("~p~n", [binary:split(B, <<" ">>, [global])]),
    io:format("~p~n", [binary:split(B, [<<"at">>, <<" ">>], [global, trim_all])]),
    io:format("~p~n", [binary:match(B, <<"at">>)]),
    io:format("~p~n", [binary:match(B, <<"dog">>)]),
    io:format("~p~n", [binary:matches(B, <<"at">>)]),
    io:format("~p~n", [binary:matches(B, [<<"the">>, <<"on">>])]),
    io:format("~p~n", [binary:replace(B, <<"at">>, <<"og">>)]),
    io:format("~p~n", [binary:replace(B, <<"at">>, <<"og">>, [global])]),
    io:format("~p ~p ~p~n", [binary:at(B, 4), binary:first(B), binary:last(B)]),
    io:format("~p~n", [binary:bin_to_list(B, {4, 3})]),
    io:format("~p~n", [binary:longest_common_prefix([<<"interstellar">>, <<"internet">>, <<"interval">>])]),
    io:format("~p~n", [binary:longest_common_suffix([<<"running">>, <<"jumping">>])]),
    io:format("~p~n", [binary:split(<<"a,,b,">>, <<",">>, [global])]),
    io:format("~p~n", [binary:split(<<"a,,b,">>, <<",">>, [global, trim])]),
    binary:part(B, {byte_size(B), -3}).

id(X) -> X.
