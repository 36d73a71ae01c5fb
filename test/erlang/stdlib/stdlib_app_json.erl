-module(stdlib_app_json).
-export([start/0]).

%% A tiny JSON encoder built from lists, maps, string and io_lib.
start() ->
    Doc = id(#{<<"name">> => <<"sensor \"A\"">>, <<"values">> => [1, 2.5, -3], <<"ok">> => true,
               <<"nested">> => #{<<"k">> => null, <<"list">> => []}}),
    J = lists:flatten(encode(Doc)),
    io:format("~s~n", [J]),
    io:format("~w~n", [length(J)]),
    io:format("~s~n", [lists:flatten(encode([<<"a">>, [1, [2, []]], #{}]))]),
    io:format("~s~n", [lists:flatten(encode(<<"tab\there\nnl \\ slash">>))]),
    ok.

encode(M) when is_map(M) ->
    Pairs = lists:sort(maps:to_list(M)),
    ["{", lists:join(",", [[encode(K), ":", encode(V)] || {K, V} <- Pairs]), "}"];
encode(L) when is_list(L) -> ["[", lists:join(",", [encode(X) || X <- L]), "]"];
encode(B) when is_binary(B) -> [$", escape(binary_to_list(B)), $"];
encode(true) -> "true";
encode(false) -> "false";
encode(null) -> "null";
encode(I) when is_integer(I) -> integer_to_list(I);
encode(F) when is_float(F) -> io_lib:format("~p", [F]).

escape(S) ->
    lists:flatmap(fun($") -> "\\\"";
                     ($\\) -> "\\\\";
                     ($\n) -> "\\n";
                     ($\t) -> "\\t";
                     (C) -> [C]
                  end, S).

id(X) -> X.
