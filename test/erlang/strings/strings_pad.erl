-module(strings_pad).
-export([start/0]).

start() ->
    Rows = [{"apple", 1.5, 10}, {"kiwi", 0.25, 200}, {"watermelon", 3.0, 3}],
    io:format("~s~n", [string:pad("TABLE", 30, both, $=)]),
    lists:foreach(
      fun({Name, Price, Qty}) ->
              io:format("|~s|~s|~s|~n",
                        [string:pad(Name, 12), string:pad(float_to_list(Price, [{decimals, 2}]), 8, leading),
                         string:pad(integer_to_list(Qty), 6, both)])
      end, Rows),
    io:format("[~s]~n", [string:left("abc", 6)]),
    io:format("[~s]~n", [string:right("abc", 6)]),
    io:format("[~s]~n", [string:centre("abc", 8)]),
    io:format("[~s]~n", [string:left("abcdef", 3)]),
    io:format("[~s]~n", [string:right("7", 4, $0)]),
    io:format("[~s]~n", [string:chars($*, 5)]),
    io:format("[~s]~n", [string:chars($-, 3, "tail")]),
    io:format("[~s]~n", [string:copies("ab", 4)]),
    io:format("[~s]~n", [string:pad("toolong", 3)]),
    string:right("42", 5, $0).
