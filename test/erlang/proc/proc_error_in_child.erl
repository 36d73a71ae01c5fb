-module(proc_error_in_child).
-export([start/0, crash/1]).

%% The exit reason of a crashed process: {Reason, Stacktrace} for errors, {{nocatch, V}, St}
%% for throws; the first frame names the function that failed.
start() ->
    Cases = [fun() -> crash(badmatch) end,
             fun() -> crash(badarith) end,
             fun() -> crash(function_clause) end,
             fun() -> crash(case_clause) end,
             fun() -> crash(undef) end,
             fun() -> crash(throw) end,
             fun() -> crash(badarg) end],
    lists:foreach(fun(F) ->
                          {P, R} = spawn_monitor(F),
                          receive {'DOWN', R, process, P, Why} -> io:format("~p~n", [describe(Why)]) end
                  end, Cases),
    ok.

describe({{nocatch, V}, [{M, F, A, _} | _]}) -> {nocatch, V, M, F, arity(A)};
describe({R, [{M, F, A, _} | _]}) when is_tuple(R) -> {element(1, R), M, F, arity(A)};
describe({R, [{M, F, A, _} | _]}) -> {R, M, F, arity(A)};
describe(R) -> R.

arity(A) when is_list(A) -> length(A);
arity(A) -> A.

crash(badmatch) -> {ok, _} = id(error);
crash(badarith) -> id(1) + id(foo);
crash(function_clause) -> only_ints(id(atom));
crash(case_clause) -> case id(x) of y -> ok end;
crash(undef) -> (id(proc_error_no_module)):f();
crash(throw) -> throw(id(up));
crash(badarg) -> atom_to_list(id(42)).

only_ints(X) when is_integer(X) -> X.

id(X) -> X.
