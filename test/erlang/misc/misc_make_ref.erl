-module(misc_make_ref).
-export([start/0]).

start() ->
    R1 = make_ref(),
    R2 = make_ref(),
    io:format("~p ~p ~p~n", [is_reference(R1), R1 =:= R1, R1 =/= R2]),
    Refs = [make_ref() || _ <- lists:seq(1, 100)],
    io:format("unique: ~p~n", [length(lists:usort(Refs)) =:= 100]),
    Tagged = [{R, N} || {R, N} <- lists:zip(Refs, lists:seq(1, 100))],
    Pick = lists:nth(37, Refs),
    io:format("~p~n", [lists:keyfind(Pick, 1, Tagged) =:= {Pick, 37}]),
    M = maps:from_list(Tagged),
    io:format("~p ~p~n", [maps:get(Pick, M), map_size(M)]),
    Copy = binary_to_term(term_to_binary(R1)),
    io:format("~p~n", [Copy =:= R1]),
    io:format("~p ~p~n", [is_reference(self()), is_reference(atom)]),
    Ref = R1,
    Matched = case R1 of Ref -> same_ref; _ -> other end,
    io:format("~p~n", [Matched]),
    Matched.
