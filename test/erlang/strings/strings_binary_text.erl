-module(strings_binary_text).
-export([start/0]).

start() ->
    B = <<"The rain in Spain stays mainly in the plain">>,
    Words = binary:split(B, <<" ">>, [global]),
    io:format("~p~n", [Words]),
    io:format("~p~n", [[W || W <- Words, binary:match(W, <<"ain">>) =/= nomatch]]),
    io:format("~p~n", [iolist_to_binary(lists:join(<<"_">>, Words))]),
    io:format("~p~n", [string:uppercase(B)]),
    io:format("~p~n", [string:replace(B, <<"ain">>, <<"AIN">>, all)]),
    io:format("~p~n", [iolist_to_binary(string:replace(B, <<"ain">>, <<"AIN">>, all))]),
    io:format("~p~n", [string:length(B)]),
    io:format("~s~n", [B]),
    Rev = iolist_to_binary(lists:reverse([[W, <<" ">>] || W <- Words])),
    io:format("~p~n", [string:trim(Rev)]),
    io:format("~p~n", [<< <<(C - 32)>> || <<C>> <= <<"shout">> >>]),
    io:format("~p~n", [binary:bin_to_list(B, 4, 4)]),
    length(Words).
