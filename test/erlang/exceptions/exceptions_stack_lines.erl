-module(exceptions_stack_lines).
-export([start/0]).

%% Only the first stack frame's module, function, arity and line are printed.
start() ->
    Tests = [fun() -> level1(id(a)) end,
             fun() -> level1(id(0)) end,
             fun() -> level1(id(1)) end,
             fun() -> level1(id(2)) end,
             fun() -> level1(id(3)) end],
    lists:foreach(
      fun(F) ->
              try F() of V -> io:format("ok ~p~n", [V])
              catch Class:Reason:St ->
                      [{M, Fn, A, Info} | _] = St,
                      io:format("~p ~p ~p ~p ~p ~p~n",
                                [Class, Reason, M, Fn, if is_list(A) -> length(A); true -> A end,
                                 proplists:get_value(line, Info)])
              end
      end, Tests),
    ok.

level1(X) ->
    Y = level2(X),
    {level1, Y}.

level2(0) ->
    error(zero_at_level2);
level2(1) ->
    Z = id(1) + id(nope),
    Z;
level2(2) ->
    level3(2);
level2(3) ->
    erlang:throw(three);
level2(X) when is_integer(X) ->
    X.

level3(N) ->
    {ok, _} = id({error, N}),
    unreachable.

id(X) -> X.
