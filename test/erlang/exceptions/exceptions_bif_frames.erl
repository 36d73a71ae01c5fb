-module(exceptions_bif_frames).
-export([start/0]).

%% When a BIF raises, the first frame names the BIF and its arguments.
start() ->
    Tests = [fun() -> atom_to_list(id(42)) end,
             fun() -> list_to_integer(id("12z")) end,
             fun() -> element(id(3), id({a})) end,
             fun() -> id(1) + id(atom) end,
             fun() -> hd(id([])) end,
             fun() -> binary_to_term(id(<<1, 2, 3>>)) end,
             fun() -> tuple_to_list(id([a])) end,
             fun() -> erlang:list_to_binary(id([256])) end],
    lists:foreach(
      fun(F) ->
              try F() catch error:Reason:St ->
                      [{M, Fn, A, _} | _] = St,
                      io:format("~p ~p ~p ~p~n", [Reason, M, Fn, A])
              end
      end, Tests),
    ok.

id(X) -> X.
