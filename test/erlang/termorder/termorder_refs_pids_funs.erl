-module(termorder_refs_pids_funs).
-export([start/0]).

%% Only facts that hold on every run are printed: no ref, pid or fun values.
start() ->
    R1 = make_ref(), R2 = make_ref(),
    io:format("~p ~p ~p~n", [R1 =:= R1, R1 =:= R2, R1 == R2]),
    io:format("~p~n", [lists:member(R1, [R2, R1])]),
    io:format("~p~n", [length(lists:usort([R1, R2, R1, R2]))]),
    Self = self(),
    io:format("~p ~p~n", [Self =:= self(), is_pid(Self)]),
    F = fun() -> ok end,
    io:format("~p ~p ~p~n", [R1 < F, F < Self, Self < {}]),
    io:format("~p ~p~n", [is_reference(R1), is_reference(Self)]),
    Refs = [make_ref() || _ <- lists:seq(1, 10)],
    io:format("~p~n", [length(lists:usort(Refs))]),
    io:format("~p~n", [lists:sort(Refs) =:= lists:sort(lists:reverse(Refs))]),
    io:format("~p ~p~n", [R1 > 1 bsl 100, R1 < abc]),
    Key = {R1, data},
    io:format("~p~n", [lists:keyfind(R1, 1, [{R2, x}, Key]) =:= Key]),
    M = #{R1 => one, R2 => two},
    io:format("~p ~p~n", [maps:get(R1, M), maps:get(R2, M)]),
    ok.
