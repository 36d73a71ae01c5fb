-module(exceptions_undef).
-export([start/0]).

start() ->
    Tests = [{no_module, fun() -> (id(no_such_module_xyz)):f(1) end},
             {no_function, fun() -> (id(lists)):no_such_function(1, 2) end},
             {wrong_arity, fun() -> (id(lists)):reverse(1, 2, 3) end},
             {apply3, fun() -> apply(id(?MODULE), id(hidden), []) end},
             {ext_fun, fun() -> (id(fun nomod:nofun/0))() end},
             {unexported, fun() -> (id(?MODULE)):helper() end}],
    lists:foreach(
      fun({Name, F}) ->
              R = try F() catch error:undef:St -> [{M, Fn, A, _} | _] = St, {undef, M, Fn, A} end,
              io:format("~p: ~p~n", [Name, R])
      end, Tests),
    io:format("~p~n", [helper()]),
    ok.

helper() -> internal.

id(X) -> X.
