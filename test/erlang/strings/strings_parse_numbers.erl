-module(strings_parse_numbers).
-export([start/0]).

start() ->
    Ins = ["42", "-17abc", "3.14rest", "abc", "", "  12", "+5", "1e10", "2.5e-3x", "0x1F"],
    lists:foreach(
      fun(S) -> io:format("~p: ~p ~p~n", [S, string:to_integer(S), string:to_float(S)]) end, Ins),
    io:format("~p~n", [string:to_integer(<<"123 bin">>)]),
    io:format("~p~n", [sum_numbers("a1b22c333d")]),
    io:format("~p~n", [parse_kv("x=10,y=-3,z=7")]),
    sum_numbers("10 20 30").

sum_numbers(S) ->
    lists:sum([list_to_integer(T) || T <- string:lexemes(S, "abcdefghijklmnopqrstuvwxyz ")]).

parse_kv(S) ->
    [begin [K, V] = string:split(P, "="), {list_to_atom(K), list_to_integer(V)} end
     || P <- string:split(S, ",", all)].
