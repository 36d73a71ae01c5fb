-module(stdlib_base64_errors).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> base64:decode(id(<<"YQ">>)) end,
             fun() -> base64:decode(id(<<"YQ=">>)) end,
             fun() -> base64:decode(id(<<"YWJj===">>)) end,
             fun() -> base64:decode(id(<<"Y===">>)) end,
             fun() -> base64:decode(id("====")) end,
             fun() -> base64:decode(id(<<"YQ=a">>)) end,
             fun() -> base64:decode(id(<<"=YQ=">>)) end,
             fun() -> base64:decode(id(<<"YQ==", 0>>)) end,
             fun() -> base64:decode(id("YQ*=")) end,
             fun() -> base64:decode(id(["YQ=="])) end,
             fun() -> base64:decode(id([300])) end,
             fun() -> base64:decode(id([$Y, $Q | <<"==">>])) end,
             fun() -> base64:mime_decode(id(<<"Y===">>)) end,
             fun() -> base64:mime_decode(id(<<"YQ">>)) end,
             fun() -> base64:mime_decode(id(<<"YQ=">>)) end,
             fun() -> base64:mime_decode(id(<<"====">>)) end,
             fun() -> base64:mime_decode(id(<<"YWJj===">>)) end,
             fun() -> base64:encode(id([1, 2 | <<3>>])) end,
             fun() -> base64:encode(id([<<1>>])) end,
             fun() -> base64:encode(id(["ab"])) end,
             fun() -> base64:encode(id([300])) end,
             fun() -> base64:encode(id([-1])) end,
             fun() -> base64:encode_to_string(id(foo)) end,
             fun() -> base64:decode_to_string(id(<<"@@@@">>)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
