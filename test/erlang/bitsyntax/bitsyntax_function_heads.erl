-module(bitsyntax_function_heads).
-export([start/0]).

start() ->
    Packets = [<<1, 5>>, <<2, 0, 10, "abc">>, <<3, 1:1, 127:7>>, <<3, 0:1, 5:7>>, <<4>>, <<>>,
               <<"GET /index.html">>, <<"POST /x">>, <<255, 255, 255>>],
    lists:foreach(fun(P) -> io:format("~p -> ~p~n", [P, parse(id(P))]) end, Packets),
    ok.

parse(<<1, X>>) -> {byte, X};
parse(<<2, N:16, Str/binary>>) when byte_size(Str) < N -> {short_string, N, Str};
parse(<<3, 1:1, V:7>>) -> {flagged, V};
parse(<<3, 0:1, V:7>>) -> {plain, V};
parse(<<"GET ", Path/binary>>) -> {get, Path};
parse(<<"POST ", Path/binary>>) -> {post, Path};
parse(<<X, _/binary>>) when X > 200 -> {high, X};
parse(<<>>) -> empty;
parse(_) -> unknown.

id(X) -> X.
