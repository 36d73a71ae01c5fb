-module(misc_hello_world).
-export([start/0]).

start() ->
    io:format("Hello, World!~n"),
    io:format("~s and ~p and ~w~n", ["text", "text", 'an atom']),
    io:put_chars("put_chars line\n"),
    io:format("~b ~B ~.16B ~c~c~n", [42, -42, 255, $o, $k]),
    ok.
