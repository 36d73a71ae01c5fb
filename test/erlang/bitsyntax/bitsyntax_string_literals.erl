-module(bitsyntax_string_literals).
-export([start/0]).

start() ->
    io:format("~w~n", [<<"abc">>]),
    io:format("~w~n", [<<"abc"/utf8>>]),
    io:format("~w~n", [<<"é€"/utf8>>]),
    io:format("~w~n", [<<"é€"/utf16>>]),
    io:format("~w~n", [<<"é€"/utf32-little>>]),
    io:format("~w~n", [<<"ab":16>>]),
    io:format("~w~n", [<<"ab":4>>]),
    io:format("~p~n", [[route(id(P)) || P <- [<<"GET /a">>, <<"PUT /b/c">>, <<"DELETE /">>, <<"GE">>]]]),
    <<"key=", Val/binary>> = id(<<"key=value">>),
    io:format("~p~n", [Val]),
    case id(<<"€uro"/utf8>>) of
        <<"€"/utf8, Rest/binary>> -> io:format("euro then ~p~n", [Rest])
    end,
    Val.

route(<<"GET ", P/binary>>) -> {get, P};
route(<<"PUT ", P/binary>>) -> {put, P};
route(<<"DELETE ", P/binary>>) -> {delete, P};
route(Other) -> {unknown, Other}.

id(X) -> X.
