-module(stdlib_base64_mime).
-export([start/0]).

%% MIME decoding: line breaks every 76 characters, stray characters and trailing garbage.
id(X) -> X.

wrap(<<Line:76/binary, Rest/binary>>) when Rest =/= <<>> -> [Line, <<"\r\n">> | wrap(Rest)];
wrap(Rest) -> [Rest].

start() ->
    Data = list_to_binary([I rem 256 || I <- lists:seq(1, 200)]),
    Enc = base64:encode(Data),
    Wrapped = iolist_to_binary(wrap(Enc)),
    io:format("~p~n", [binary:matches(Wrapped, <<"\r\n">>)]),
    io:format("~p~n", [{base64:mime_decode(Wrapped) =:= Data, base64:decode(Wrapped) =:= Data}]),
    Noisy = iolist_to_binary([[C, $!] || <<C>> <= id(<<"aGVsbG8=">>)]),
    io:format("~p~n", [Noisy]),
    io:format("~p~n", [base64:mime_decode(Noisy)]),
    io:format("~p~n", [base64:mime_decode(id(<<"aGVsbG8=\r\n\r\n">>))]),
    io:format("~p~n", [base64:mime_decode_to_string(id(<<"d29y bGQ=">>))]),
    io:format("~p~n", [try base64:decode(Noisy) catch C:R -> {C, R} end]),
    base64:mime_decode(id("Zm9v\nYmFy")).
