-module(proc_barrier).
-export([start/0]).

%% Processes meet at a barrier: none continues before all have arrived.
start() ->
    Self = self(),
    N = 8,
    Barrier = spawn(fun() -> barrier(N, []) end),
    [spawn(fun() ->
                   timer:sleep(I * 3),
                   Self ! {arrived, I},
                   Barrier ! {arrive, self()},
                   receive go -> Self ! {passed, I} end
           end) || I <- lists:seq(1, N)],
    Events = [receive E -> E end || _ <- lists:seq(1, 2 * N)],
    {Arrivals, Passes} = lists:splitwith(fun({arrived, _}) -> true; (_) -> false end, Events),
    io:format("all arrived before anyone passed: ~p~n", [length(Arrivals) =:= N]),
    io:format("~p~n", [lists:sort([I || {passed, I} <- Passes])]),
    ok.

barrier(0, Waiting) -> [P ! go || P <- Waiting];
barrier(N, Waiting) ->
    receive {arrive, P} -> barrier(N - 1, [P | Waiting]) end.
