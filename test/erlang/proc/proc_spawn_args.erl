-module(proc_spawn_args).
-export([start/0, child/4]).

%% Arguments and closures are copied into the new process (large and shared terms too).
start() ->
    Self = self(),
    Big = lists:seq(1, 5000),
    Shared = {Big, Big},
    M = maps:from_list([{I, integer_to_list(I)} || I <- lists:seq(1, 100)]),
    spawn(?MODULE, child, [Self, Big, Shared, M]),
    receive {child, S1, S2, S3} -> io:format("~p ~p ~p~n", [S1, S2, S3]) end,
    spawn(fun() -> Self ! {closure, lists:sum(Big), element(1, Shared) =:= element(2, Shared), maps:size(M)} end),
    receive {closure, A, B, C} -> io:format("~p ~p ~p~n", [A, B, C]) end,
    ok.

child(Parent, Big, {X, Y}, M) ->
    Parent ! {child, lists:sum(Big), X =:= Y, maps:get(50, M)}.
