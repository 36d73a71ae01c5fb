-module(stdlib_array_model).
-export([start/0]).

%% A deterministic sequence of set/reset/get/resize operations checked against a list model.
id(X) -> X.

step(_, 0, A, M, Acc) -> {A, M, Acc};
step(S, N, A, M, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    I = S1 rem 60,
    Op = (S1 div 60) rem 4,
    {A2, M2} = case Op of
                   0 -> {array:set(I, N, A), mset(I, N, M)};
                   1 -> {array:reset(I, A), mreset(I, M)};
                   2 -> {A, M};
                   3 -> {array:set(I, {v, I}, A), mset(I, {v, I}, M)}
               end,
    Ok = array:to_list(A2) =:= M2 andalso array:get(I, A2) =:= mget(I, M2),
    step(S1, N - 1, A2, M2, [Ok | Acc]).

mset(I, V, M) when I < length(M) -> lists:sublist(M, I) ++ [V | lists:nthtail(I + 1, M)];
mset(I, V, M) -> M ++ lists:duplicate(I - length(M), z) ++ [V].
mreset(I, M) when I < length(M) -> mset(I, z, M);
mreset(_, M) -> M.
mget(I, M) when I < length(M) -> lists:nth(I + 1, M);
mget(_, _) -> z.

start() ->
    {A, M, Oks} = step(id(42), 300, array:new({default, z}), [], []),
    io:format("~p ~p~n", [length(Oks), lists:usort(Oks)]),
    io:format("~p~n", [{array:size(A), length(M), array:sparse_size(A)}]),
    io:format("~p~n", [array:sparse_to_orddict(A)]),
    array:foldl(fun(_, V, Acc) when is_integer(V) -> Acc + V; (_, _, Acc) -> Acc end, 0, A).
