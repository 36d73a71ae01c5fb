-module(proc_receive_many_patterns).
-export([start/0]).

%% One receive with many clauses of different shapes, applied to a queue of mixed messages.
start() ->
    Msgs = [{int, 3}, "str", <<"bin">>, {pair, a, b}, 42, 3.5, [1, 2], atom, {int, -1},
            #{k => v}, {tuple3, 1, 2}, {}, [], self_marker],
    [self() ! M || M <- Msgs],
    R = [classify() || _ <- Msgs],
    [io:format("~p~n", [X]) || X <- R],
    length(R).

classify() ->
    receive
        {int, N} when N > 0 -> {pos_int, N};
        {int, N} -> {nonpos_int, N};
        {pair, X, Y} -> {pair, Y, X};
        {tuple3, A, B} -> {sum, A + B};
        {} -> empty_tuple;
        [] -> nil;
        [H | T] when is_integer(H) -> {int_list, H, T};
        [_ | _] = S -> {string, S};
        B when is_binary(B) -> {bin, byte_size(B)};
        F when is_float(F) -> {float, F * 2};
        I when is_integer(I) -> {integer, I + 1};
        #{k := V} -> {map, V};
        self_marker -> marker;
        A when is_atom(A) -> {atom, A}
    end.
