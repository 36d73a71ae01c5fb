-module(printing_unicode_lists).
-export([start/0]).

%% With the default latin1 printable range, ~p and ~tp print code points
%% above 255 as integers; latin1 strings print as strings.
start() ->
    Ls = ["plain", "café", [228, 246, 252], [8364], [$a, 8364], [20320, 22909], "naïve résumé",
          [169, 174, 176], [255], [1087, 1088, 1080, 1074, 1077, 1090]],
    lists:foreach(fun(L) -> io:format("~p | ~tp | ~w~n", [L, L, L]) end, Ls),
    lists:foreach(fun(L) -> io:format("~ts~n", [L]) end, Ls),
    io:format("~p~n", [{name, "Jürgen", [8364, 32, 49, 48]}]),
    io:format("~tp~n", [{name, "Jürgen", [8364, 32, 49, 48]}]),
    io:format("~p~n", [io:printable_range()]),
    io:format("~p~n", [io_lib:printable_list([8364])]),
    io:format("~p~n", [io_lib:printable_unicode_list([8364])]),
    io:format("~p~n", [io_lib:printable_latin1_list("café")]),
    "café".
