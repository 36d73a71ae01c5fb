-module(exceptions_error_values).
-export([start/0]).

%% Any term can be an exception reason; it comes back unchanged.
start() ->
    Values = [atom, 42, -1.5, "string", <<"binary">>, {tuple, [list]}, [], #{map => 1},
              fun lists:sum/1, 1 bsl 100, {nested, {deep, {deeper, [1, 2, 3]}}}],
    lists:foreach(
      fun(V) ->
              [{Class, Back}] = [try erlang:C(V) catch Cl:R -> {Cl, R} end || C <- [throw]],
              E = try error(V) catch error:R2 -> R2 end,
              X = try exit(V) catch exit:R3 -> R3 end,
              io:format("~p ~p ~p~n", [Class, Back =:= V, {E =:= V, X =:= V}])
      end, [id(V) || V <- Values]),
    length(Values).

id(X) -> X.
