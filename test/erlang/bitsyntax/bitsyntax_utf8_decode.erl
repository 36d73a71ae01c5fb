-module(bitsyntax_utf8_decode).
-export([start/0]).

%% A hand-written UTF-8 decoder compared with the /utf8 segment type.
start() ->
    Text = id(<<"Grüße, мир! 你好 🎉"/utf8>>),
    Manual = decode(Text),
    Builtin = [C || <<C/utf8>> <= Text],
    io:format("~w~n~w~n", [Manual, Manual =:= Builtin]),
    io:format("chars ~w bytes ~w~n", [length(Manual), byte_size(Text)]),
    io:format("~w~n", [Manual =:= unicode:characters_to_list(Text)]),
    io:format("~ts~n", [Text]),
    io:format("~ts~n", [Manual]),
    Re = << <<C/utf8>> || C <- lists:reverse(Manual) >>,
    io:format("~ts~n", [Re]),
    length(Manual).

decode(<<>>) -> [];
decode(<<0:1, C:7, R/binary>>) -> [C | decode(R)];
decode(<<6:3, A:5, 2:2, B:6, R/binary>>) -> [(A bsl 6) bor B | decode(R)];
decode(<<14:4, A:4, 2:2, B:6, 2:2, C:6, R/binary>>) -> [(A bsl 12) bor (B bsl 6) bor C | decode(R)];
decode(<<30:5, A:3, 2:2, B:6, 2:2, C:6, 2:2, D:6, R/binary>>) ->
    [(A bsl 18) bor (B bsl 12) bor (C bsl 6) bor D | decode(R)].

id(X) -> X.
