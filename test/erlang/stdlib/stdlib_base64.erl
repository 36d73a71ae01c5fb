-module(stdlib_base64).
-export([start/0]).

start() ->
    Inputs = [id(<<>>), <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>, <<0, 255, 128, 7>>],
    lists:foreach(fun(B) ->
                          E = base64:encode(B),
                          io:format("~p ~p ~p~n", [E, base64:decode(E), base64:decode(E) =:= B])
                  end, Inputs),
    io:format("~p~n", [base64:encode_to_string("hello world")]),
    io:format("~p~n", [base64:encode("text as list")]),
    io:format("~p~n", [base64:decode("aGVsbG8gd29y\nbGQ=")]),
    io:format("~p~n", [base64:decode_to_string(<<"aGk=">>)]),
    io:format("~p~n", [base64:mime_decode(<<"aGVs*bG8=!">>)]),
    io:format("~p~n", [base64:mime_decode_to_string("aG k=")]),
    io:format("~p~n", [try base64:decode(<<"a*b=">>) catch C:R -> {C, R} end]),
    Big = list_to_binary(lists:seq(0, 255)),
    base64:decode(base64:encode(Big)) =:= Big.

id(X) -> X.
