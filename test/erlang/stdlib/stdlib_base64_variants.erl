-module(stdlib_base64_variants).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> base64:encode(id(<<"any carnal pleasure.">>)) end,
             fun() -> base64:encode(id("any carnal pleasure")) end,
             fun() -> base64:encode(id([<<"any ">>, "carnal", [$\s, <<"pleas">>]])) end,
             fun() -> base64:encode_to_string(id(<<"any carnal pleasur">>)) end,
             fun() -> base64:decode(id(<<"YW55IGNhcm5hbCBwbGVhc3VyZS4=">>)) end,
             fun() -> base64:decode(id("YW55IGNhcm5hbCBwbGVhc3Vy")) end,
             fun() -> base64:decode_to_string(id(<<"YW55IGNhcm5hbCBwbGVhc3U=">>)) end,
             fun() -> base64:decode(id(<<"YW55 IGNh\r\ncm5h\tbA==">>)) end,
             fun() -> base64:decode(id(<<"YW55IGNhcm5hbA">>)) end,
             fun() -> base64:decode(id(<<"YW55IGNhcm5hbA=">>)) end,
             fun() -> base64:decode(id(<<"YW=5">>)) end,
             fun() -> base64:decode(id(<<"Y">>)) end,
             fun() -> base64:decode(id(<<"YW5$">>)) end,
             fun() -> base64:decode(id(<<"-_8=">>)) end,
             fun() -> base64:decode(id(<<"====">>)) end,
             fun() -> base64:decode(id(<<>>)) end,
             fun() -> base64:mime_decode(id(<<"YW55$IGNh%cm5h!bA==">>)) end,
             fun() -> base64:mime_decode(id(<<"YW55=IGNh">>)) end,
             fun() -> base64:mime_decode(id(<<"YW55IGNhcm5hbA==garbage">>)) end,
             fun() -> base64:mime_decode_to_string(id("YW55\nIGNh")) end,
             fun() -> base64:encode(id(foo)) end,
             fun() -> base64:encode(id([256])) end,
             fun() -> base64:decode(id(foo)) end,
             fun() -> base64:encode(id(<<1:4>>)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    All = list_to_binary(lists:seq(0, 255)),
    E = base64:encode(All),
    io:format("~p~n", [E]),
    [base64:decode(base64:encode(binary:part(All, 0, N))) =:= binary:part(All, 0, N) || N <- lists:seq(0, 20)].
