-module(printing_binaries).
-export([start/0]).

start() ->
    Bs = [<<"abc">>, <<1, 2, 3>>, <<"abc", 0>>, <<"line\n">>, <<"tab\t">>, <<>>, <<"é">>, <<"é"/utf8>>,
          <<"€"/utf8>>, <<255>>, <<"quote\"d">>, <<"back\\">>, <<1:1>>, <<"ab", 3:2>>, <<127>>, <<200, 201>>,
          <<"mixed", 1, "x">>],
    lists:foreach(fun(B) -> io:format("~p ~w~n", [B, B]) end, Bs),
    lists:foreach(fun(B) -> io:format("~tp~n", [B]) end, [<<"é"/utf8>>, <<"€"/utf8>>, <<"ab"/utf8>>, <<255>>]),
    Long = list_to_binary(lists:seq(0, 120)),
    io:format("~p~n", [Long]),
    Text = list_to_binary(lists:duplicate(30, "text ")),
    io:format("~p~n", [Text]),
    io:format("~p~n", [[<<"in">>, <<"a">>, <<"list">>, <<1>>]]),
    io:format("~p~n", [{<<"key">>, <<"value">>}]),
    <<"ret">>.
