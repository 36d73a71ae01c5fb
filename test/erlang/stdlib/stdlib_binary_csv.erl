-module(stdlib_binary_csv).
-export([start/0]).

%% Parsing a small CSV document with binary:split/replace/part and summing a column.
id(X) -> X.

start() ->
    Doc = id(<<"name,qty,price\r\napple,3,1.25\r\npear,10,0.5\r\n\r\nplum,7,2.0\r\n">>),
    Lines = binary:split(Doc, [<<"\r\n">>], [global, trim_all]),
    [Header | Rows] = [binary:split(L, <<",">>, [global]) || L <- Lines],
    io:format("~p~n", [Header]),
    Parsed = [{N, binary_to_integer(Q), binary_to_float(P)} || [N, Q, P] <- Rows],
    io:format("~p~n", [Parsed]),
    Total = lists:sum([Q * P || {_, Q, P} <- Parsed]),
    io:format("~.2f~n", [Total]),
    Upper = binary:replace(Doc, [<<"apple">>, <<"pear">>, <<"plum">>], <<"FRUIT">>, [global]),
    io:format("~p~n", [binary:matches(Upper, <<"FRUIT">>)]),
    Tsv = binary:replace(Doc, <<",">>, <<"\t">>, [global]),
    io:format("~p~n", [binary:part(Tsv, 0, 15)]),
    length(Rows).
