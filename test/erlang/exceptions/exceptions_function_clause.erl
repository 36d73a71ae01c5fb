-module(exceptions_function_clause).
-export([start/0, exported/1]).

start() ->
    Tests = [fun() -> area({hexagon, 1}) end,
             fun() -> exported(id(-1)) end,
             fun() -> guarded(id(a), id(b)) end,
             fun() -> (fun(1) -> one end)(id(2)) end],
    lists:foreach(
      fun(F) ->
              try F() of V -> io:format("value ~p~n", [V])
              catch error:Reason:St ->
                      [{M, Fn, A, Info} | _] = St,
                      io:format("~p ~p ~p ~p ~p~n",
                                [Reason, M, Fn, if is_list(A) -> length(A); true -> A end,
                                 proplists:get_value(line, Info)]),
                      case A of
                          Args when is_list(Args) -> io:format("  args ~p~n", [Args]);
                          _ -> ok
                      end
              end
      end, Tests),
    ok.

area({square, S}) -> S * S;
area({circle, R}) -> 3 * R * R.

exported(N) when N > 0 -> N.

guarded(A, B) when is_integer(A); is_float(B) -> A.

id(X) -> X.
