-module(strings_csv).
-export([start/0]).

start() ->
    Csv = "name,age,city\nAlice,30,\"New York, NY\"\nBob,25,Boston\n\"Carol \"\"CJ\"\"\",41,\"\"\n",
    Lines = string:split(string:trim(Csv, trailing), "\n", all),
    [Header | Rows] = [parse_line(L) || L <- Lines],
    io:format("~p~n", [Header]),
    lists:foreach(fun(R) -> io:format("~p~n", [lists:zip(Header, R)]) end, Rows),
    Ages = [list_to_integer(A) || [_, A, _] <- Rows],
    io:format("avg age ~.2f~n", [lists:sum(Ages) / length(Ages)]),
    io:format("~s~n", [to_csv([["a", "b,c"], ["d\"e", "f"]])]),
    length(Rows).

parse_line(L) -> fields(L, [], []).

fields([], Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]);
fields([$, | T], Cur, Acc) -> fields(T, [], [lists:reverse(Cur) | Acc]);
fields([$" | T], [], Acc) -> quoted(T, [], Acc);
fields([C | T], Cur, Acc) -> fields(T, [C | Cur], Acc).

quoted([$", $" | T], Cur, Acc) -> quoted(T, [$" | Cur], Acc);
quoted([$" | T], Cur, Acc) -> fields(T, Cur, Acc);
quoted([C | T], Cur, Acc) -> quoted(T, [C | Cur], Acc).

to_csv(Rows) -> string:join([string:join([quote(F) || F <- R], ",") || R <- Rows], "\n").

quote(F) ->
    case lists:any(fun(C) -> lists:member(C, ",\"\n") end, F) of
        true -> "\"" ++ lists:flatten(string:replace(F, "\"", "\"\"", all)) ++ "\"";
        false -> F
    end.
