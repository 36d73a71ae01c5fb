-module(stdlib_app_csv).
-export([start/0]).

start() ->
    Csv = id("name,qty,price\nwidget, 4, 2.50\ngadget,10,0.99\n\ngizmo , 1 , 100.0\n"),
    [Header | Rows] = [[string:trim(F) || F <- string:split(L, ",", all)] || L <- string:lexemes(Csv, "\n")],
    io:format("~p~n", [Header]),
    Items = [{Name, element(1, string:to_integer(Q)), element(1, string:to_float(P))} || [Name, Q, P] <- Rows],
    io:format("~p~n", [Items]),
    Total = lists:sum([Q * P || {_, Q, P} <- Items]),
    io:format("total ~.2f~n", [Total]),
    Lines = [io_lib:format("~-8s|~5w|~8.2f", [N, Q, P]) || {N, Q, P} <- Items],
    lists:foreach(fun(L) -> io:format("~s~n", [L]) end, Lines),
    Out = lists:join("\n", [lists:join(";", [N, integer_to_list(Q)]) || {N, Q, _} <- Items]),
    io:format("~s~n", [Out]),
    io:format("~p~n", [string:pad("end", 11, both, $=)]),
    length(Items).

id(X) -> X.
