-module(proc_spawn_link_exit).
-export([start/0]).

%% spawn_link: a trapping parent sees every kind of child death as an 'EXIT' message.
start() ->
    process_flag(trap_exit, true),
    Cases = [{normal_return, fun() -> ok end},
             {exit_atom, fun() -> exit(stop_now) end},
             {exit_tuple, fun() -> exit({shutdown, reason}) end},
             {error_badarith, fun() -> 1 / id(0) end},
             {error_custom, fun() -> error(custom) end},
             {throw_uncaught, fun() -> throw(thrown) end},
             {exit_normal, fun() -> exit(normal) end}],
    lists:foreach(fun({Name, F}) ->
                          P = spawn_link(F),
                          receive
                              {'EXIT', P, Reason} ->
                                  io:format("~p: ~p~n", [Name, summarize(Reason)])
                          end
                  end, Cases),
    ok.

summarize({R, [{M, F, A, _} | _]}) when is_atom(M) -> {R, first_frame, M, F, arity(A)};
summarize(R) -> R.

arity(A) when is_list(A) -> length(A);
arity(A) -> A.

id(X) -> X.
