%% Enum over lists, maps, ranges, MapSets and structs with an Enumerable
%% implementation module (Elixir.Enumerable.<Struct>). Enumerables become lists
%% first; every function follows Elixir 1.14's results and ordering.
-module('Elixir.Enum').
-compile({no_auto_import, [max/2, min/2]}).
-export([to_list/1, map/2, filter/2, reject/2, reduce/2, reduce/3, reduce_while/3, each/2,
         sum/1, product/1, sort/1, sort/2, sort_by/2, sort_by/3, zip/1, zip/2, zip_with/3,
         with_index/1, with_index/2, into/2, into/3, count/1, count/2, 'member?'/2,
         reverse/1, reverse/2, join/1, join/2, map_join/2, map_join/3, take/2, drop/2,
         max/1, max/2, max/3, min/1, min/2, min/3, max_by/2, max_by/3, max_by/4,
         min_by/2, min_by/3, min_by/4, min_max/1, uniq/1, uniq_by/2, group_by/2,
         group_by/3, find/2, find/3, find_index/2, find_value/2, 'any?'/1, 'any?'/2,
         'all?'/1, 'all?'/2, 'empty?'/1, at/2, at/3, fetch/2, 'fetch!'/2, flat_map/2,
         chunk_every/2, chunk_every/3, chunk_every/4, chunk_by/2, split/2, split_with/2,
         split_while/2, frequencies/1, frequencies_by/2, dedup/1, dedup_by/2, concat/1,
         concat/2, take_while/2, drop_while/2, map_reduce/3, unzip/1, slice/2, slice/3,
         scan/2, scan/3, intersperse/2, take_every/2, map_every/3, each_with_index/2]).

to_list(L) when is_list(L) -> L;
to_list(#{'__struct__' := 'Elixir.Range', first := F, last := L, step := S}) -> range(F, L, S);
to_list(#{'__struct__' := 'Elixir.MapSet', map := M}) -> maps:keys(M);
to_list(F) when is_function(F, 2) ->
    {_, Acc} = F({cont, []}, fun(X, A) -> {cont, [X | A]} end),
    lists:reverse(Acc);
to_list(#{'__struct__' := Mod} = S) when is_atom(Mod) ->
    Impl = impl(Mod),
    {done, Acc} = Impl:reduce(S, {cont, []}, fun(X, A) -> {cont, [X | A]} end),
    lists:reverse(Acc);
to_list(M) when is_map(M) -> maps:to_list(M);
to_list(X) -> erlang:error({protocol_undefined, 'Elixir.Enumerable', X}).

impl(Mod) ->
    <<"Elixir.", Name/binary>> = atom_to_binary(Mod),
    binary_to_atom(<<"Elixir.Enumerable.", Name/binary>>).

range(F, L, S) when S > 0, F =< L -> lists:seq(F, L, S);
range(F, L, S) when S < 0, F >= L -> lists:seq(F, L, S);
range(_, _, _) -> [].

map(E, F) -> [F(X) || X <- to_list(E)].
filter(E, F) -> [X || X <- to_list(E), truthy(F(X))].
reject(E, F) -> [X || X <- to_list(E), not truthy(F(X))].
truthy(X) -> X =/= false andalso X =/= nil.

reduce(E, F) ->
    case to_list(E) of
        [H | T] -> lists:foldl(F, H, T);
        [] -> erlang:error(empty_error())
    end.
reduce(E, Acc, F) -> lists:foldl(F, Acc, to_list(E)).

reduce_while(E, Acc, F) when is_function(E, 2) -> element(2, E({cont, Acc}, F));
reduce_while(E, Acc, F) -> rw(to_list(E), Acc, F).
rw([], Acc, _) -> Acc;
rw([H | T], Acc, F) ->
    case F(H, Acc) of
        {cont, A} -> rw(T, A, F);
        {halt, A} -> A
    end.

each(E, F) -> lists:foreach(F, to_list(E)), ok.
each_with_index(E, F) -> each(with_index(E), fun({X, I}) -> F(X, I) end).

sum(E) -> lists:foldl(fun(X, A) -> A + X end, 0, to_list(E)).
product(E) -> lists:foldl(fun(X, A) -> A * X end, 1, to_list(E)).

sort(E) -> lists:sort(to_list(E)).
sort(E, F) -> lists:sort(sorter(F), to_list(E)).

sorter(asc) -> fun erlang:'=<'/2;
sorter(desc) -> fun erlang:'>='/2;
sorter(F) when is_function(F, 2) -> fun(A, B) -> truthy(F(A, B)) end;
sorter({asc, M}) -> fun(A, B) -> M:compare(A, B) =/= gt end;
sorter({desc, M}) -> fun(A, B) -> M:compare(A, B) =/= lt end;
sorter(M) when is_atom(M) -> sorter({asc, M}).

sort_by(E, F) -> sort_by(E, F, asc).
sort_by(E, F, S) ->
    Cmp = sorter(S),
    [X || {_, X} <- lists:sort(fun({A, _}, {B, _}) -> Cmp(A, B) end, [{F(X), X} || X <- to_list(E)])].

zip(A, B) -> zip([A, B]).
zip(Es) -> zip_lists([to_list(E) || E <- to_list(Es)], []).
zip_lists(Ls, Acc) ->
    case lists:all(fun(L) -> L =/= [] end, Ls) andalso Ls =/= [] of
        true -> zip_lists([tl(L) || L <- Ls], [list_to_tuple([hd(L) || L <- Ls]) | Acc]);
        false -> lists:reverse(Acc)
    end.
zip_with(A, B, F) -> [F(X, Y) || {X, Y} <- zip(A, B)].

with_index(E) -> with_index(E, 0).
with_index(E, F) when is_function(F, 2) -> [F(X, I) || {X, I} <- with_index(E, 0)];
with_index(E, Off) -> lists:zip(to_list(E), lists:seq(Off, Off + length(to_list(E)) - 1)).

into(E, C) -> into(E, C, fun(X) -> X end).
into(E, C, F) when is_list(C) -> C ++ map(E, F);
into(E, #{'__struct__' := 'Elixir.MapSet', map := M} = S, F) ->
    S#{map := maps:merge(M, maps:from_list([{F(X), []} || X <- to_list(E)]))};
into(E, C, F) when is_map(C), not is_map_key('__struct__', C) ->
    maps:merge(C, maps:from_list(map(E, F)));
into(E, C, F) when is_binary(C) -> iolist_to_binary([C | map(E, F)]);
into(E, C, F) ->
    {Init, Fun} = 'Elixir.Collectable':into(C),
    Fun(lists:foldl(fun(X, A) -> Fun(A, {cont, F(X)}) end, Init, to_list(E)), done).

count(E) when is_list(E) -> length(E);
count(E) when is_map(E), not is_map_key('__struct__', E) -> map_size(E);
count(E) -> length(to_list(E)).
count(E, F) -> length(filter(E, F)).

'member?'(#{'__struct__' := 'Elixir.MapSet', map := M}, X) -> is_map_key(X, M);
'member?'(#{'__struct__' := 'Elixir.Range', first := F, last := L, step := S}, X) when is_integer(X) ->
    (S > 0 andalso X >= F andalso X =< L orelse S < 0 andalso X =< F andalso X >= L)
        andalso (X - F) rem S =:= 0;
'member?'(E, X) -> lists:member(X, to_list(E)).

reverse(E) -> lists:reverse(to_list(E)).
reverse(E, Tail) -> lists:reverse(to_list(E), to_list(Tail)).

join(E) -> join(E, <<>>).
join(E, Sep) -> iolist_to_binary(lists:join(Sep, [str(X) || X <- to_list(E)])).
map_join(E, F) -> map_join(E, <<>>, F).
map_join(E, Sep, F) -> join(map(E, F), Sep).
str(X) -> 'Elixir.String.Chars':to_string(X).

take(E, N) when is_function(E, 2), N >= 0 -> to_list('Elixir.Stream':take(E, N));
take(E, N) when N >= 0 -> lists:sublist(to_list(E), N);
take(E, N) -> L = to_list(E), lists:nthtail(erlang:max(0, length(L) + N), L).

drop(E, N) when N >= 0 -> L = to_list(E), lists:nthtail(erlang:min(N, length(L)), L);
drop(E, N) -> L = to_list(E), lists:sublist(L, erlang:max(0, length(L) + N)).

%% max/min(Enum[, Sorter][, EmptyFallback]): the first best element wins.
max(E) -> max(E, fun erlang:'>='/2, fun() -> erlang:error(empty_error()) end).
max(E, F) when is_function(F, 0) -> max(E, fun erlang:'>='/2, F);
max(E, S) -> max(E, S, fun() -> erlang:error(empty_error()) end).
max(E, S, Empty) -> by(to_list(E), fun(X) -> X end, better(S, desc), Empty).
min(E) -> min(E, fun erlang:'=<'/2, fun() -> erlang:error(empty_error()) end).
min(E, F) when is_function(F, 0) -> min(E, fun erlang:'=<'/2, F);
min(E, S) -> min(E, S, fun() -> erlang:error(empty_error()) end).
min(E, S, Empty) -> by(to_list(E), fun(X) -> X end, better(S, asc), Empty).

max_by(E, F) -> max_by(E, F, fun erlang:'>='/2).
max_by(E, F, Empty) when is_function(Empty, 0) -> max_by(E, F, fun erlang:'>='/2, Empty);
max_by(E, F, S) -> max_by(E, F, S, fun() -> erlang:error(empty_error()) end).
max_by(E, F, S, Empty) -> by(to_list(E), F, better(S, desc), Empty).
min_by(E, F) -> min_by(E, F, fun erlang:'=<'/2).
min_by(E, F, Empty) when is_function(Empty, 0) -> min_by(E, F, fun erlang:'=<'/2, Empty);
min_by(E, F, S) -> min_by(E, F, S, fun() -> erlang:error(empty_error()) end).
min_by(E, F, S, Empty) -> by(to_list(E), F, better(S, asc), Empty).

%% Better(New, Best): New replaces Best only when strictly better.
better(S, Default) ->
    Keep = case S of
               asc -> fun erlang:'=<'/2;
               desc -> fun erlang:'>='/2;
               _ when is_atom(S) -> sorter({Default, S});
               _ -> sorter(S)
           end,
    fun(New, Best) -> not Keep(Best, New) end.

by([], _, _, Empty) -> Empty();
by([H | T], F, Better, _) ->
    {_, X} = lists:foldl(fun(Y, {K, _} = Acc) ->
                                 KY = F(Y),
                                 case Better(KY, K) of true -> {KY, Y}; false -> Acc end
                         end, {F(H), H}, T),
    X.
min_max(E) -> {min(E), max(E)}.

uniq(E) -> uniq_by(E, fun(X) -> X end).
uniq_by(E, F) -> uniq(to_list(E), F, #{}, []).
uniq([], _, _, Acc) -> lists:reverse(Acc);
uniq([H | T], F, Seen, Acc) ->
    K = F(H),
    case is_map_key(K, Seen) of
        true -> uniq(T, F, Seen, Acc);
        false -> uniq(T, F, Seen#{K => true}, [H | Acc])
    end.

group_by(E, F) -> group_by(E, F, fun(X) -> X end).
group_by(E, KF, VF) ->
    lists:foldr(fun(X, M) ->
                        K = KF(X),
                        M#{K => [VF(X) | maps:get(K, M, [])]}
                end, #{}, to_list(E)).

find(E, F) -> find(E, nil, F).
find(E, D, F) when is_function(E, 2) ->
    case to_list('Elixir.Stream':take('Elixir.Stream':filter(E, F), 1)) of [X] -> X; [] -> D end;
find(E, D, F) ->
    case lists:search(fun(X) -> truthy(F(X)) end, to_list(E)) of
        {value, X} -> X;
        false -> D
    end.
find_index(E, F) -> fi(to_list(E), F, 0).
fi([], _, _) -> nil;
fi([H | T], F, I) -> case truthy(F(H)) of true -> I; false -> fi(T, F, I + 1) end.
find_value(E, F) when is_function(E, 2) -> fv(E, F);
find_value(E, F) -> fv(to_list(E), F).
fv(S, F) when is_function(S, 2) ->
    case to_list('Elixir.Stream':take('Elixir.Stream':filter('Elixir.Stream':map(S, F), fun truthy/1), 1)) of
        [V] -> V;
        [] -> nil
    end;
fv([], _) -> nil;
fv([H | T], F) -> V = F(H), case truthy(V) of true -> V; false -> fv(T, F) end.

'any?'(E) -> lists:any(fun truthy/1, to_list(E)).
'any?'(E, F) when is_function(E, 2) -> take('Elixir.Stream':filter(E, F), 1) =/= [];
'any?'(E, F) -> lists:any(fun(X) -> truthy(F(X)) end, to_list(E)).
'all?'(E) -> lists:all(fun truthy/1, to_list(E)).
'all?'(E, F) when is_function(E, 2) -> not 'any?'(E, fun(X) -> not truthy(F(X)) end);
'all?'(E, F) -> lists:all(fun(X) -> truthy(F(X)) end, to_list(E)).
'empty?'(E) -> to_list(E) =:= [].

at(E, I) -> at(E, I, nil).
at(E, I, D) -> case fetch(E, I) of {ok, X} -> X; error -> D end.
fetch(E, I) when is_function(E, 2), I >= 0 ->
    case to_list('Elixir.Stream':take('Elixir.Stream':drop(E, I), 1)) of [X] -> {ok, X}; [] -> error end;
fetch(E, I) ->
    L = to_list(E),
    N = length(L),
    J = case I < 0 of true -> N + I; false -> I end,
    case J >= 0 andalso J < N of
        true -> {ok, lists:nth(J + 1, L)};
        false -> error
    end.
'fetch!'(E, I) ->
    case fetch(E, I) of
        {ok, X} -> X;
        error -> erlang:error({out_of_bounds, I})
    end.

flat_map(E, F) -> lists:append([to_list(F(X)) || X <- to_list(E)]).

chunk_every(E, N) -> chunk_every(E, N, N, []).
chunk_every(E, N, S) -> chunk_every(E, N, S, []).
chunk_every(E, N, S, Leftover) -> chunks(to_list(E), N, S, Leftover, []).
chunks([], _, _, _, Acc) -> lists:reverse(Acc);
chunks(L, N, S, Leftover, Acc) ->
    Len = length(L),
    case Len >= N of
        true ->
            C = lists:sublist(L, N),
            case Len > S of
                true -> chunks(lists:nthtail(S, L), N, S, Leftover, [C | Acc]);
                false -> lists:reverse([C | Acc])
            end;
        false when Leftover =:= discard -> lists:reverse(Acc);
        false -> lists:reverse([lists:sublist(L ++ Leftover, N) | Acc])
    end.

chunk_by(E, F) -> cb(to_list(E), F, []).
cb([], _, Acc) -> lists:reverse(Acc);
cb([H | T], F, Acc) ->
    K = F(H),
    {Same, Rest} = lists:splitwith(fun(X) -> F(X) =:= K end, T),
    cb(Rest, F, [[H | Same] | Acc]).

split(E, N) when N >= 0 -> L = to_list(E), lists:split(erlang:min(N, length(L)), L);
split(E, N) -> L = to_list(E), lists:split(erlang:max(0, length(L) + N), L).
split_with(E, F) -> lists:partition(fun(X) -> truthy(F(X)) end, to_list(E)).
split_while(E, F) -> lists:splitwith(fun(X) -> truthy(F(X)) end, to_list(E)).

frequencies(E) -> frequencies_by(E, fun(X) -> X end).
frequencies_by(E, F) ->
    lists:foldl(fun(X, M) -> K = F(X), M#{K => maps:get(K, M, 0) + 1} end, #{}, to_list(E)).

dedup(E) -> dedup_by(E, fun(X) -> X end).
dedup_by(E, F) -> dd(to_list(E), F, make_ref(), []).
dd([], _, _, Acc) -> lists:reverse(Acc);
dd([H | T], F, Last, Acc) ->
    case F(H) of
        Last -> dd(T, F, Last, Acc);
        K -> dd(T, F, K, [H | Acc])
    end.

concat(Es) -> lists:append([to_list(E) || E <- to_list(Es)]).
concat(A, B) -> to_list(A) ++ to_list(B).

take_while(E, F) when is_function(E, 2) -> to_list('Elixir.Stream':take_while(E, F));
take_while(E, F) -> lists:takewhile(fun(X) -> truthy(F(X)) end, to_list(E)).
drop_while(E, F) -> lists:dropwhile(fun(X) -> truthy(F(X)) end, to_list(E)).

map_reduce(E, Acc, F) -> lists:mapfoldl(F, Acc, to_list(E)).

unzip(E) -> lists:unzip(to_list(E)).

slice(E, #{'__struct__' := 'Elixir.Range', first := F, last := L}) ->
    List = to_list(E),
    N = length(List),
    First = case F < 0 of true -> F + N; false -> F end,
    Last = case L < 0 of true -> L + N; false -> L end,
    case First >= 0 andalso First < N andalso Last >= First of
        true -> slice(List, First, Last - First + 1);
        false -> []
    end.
slice(E, Start, Amount) ->
    L = to_list(E),
    S = case Start < 0 of true -> erlang:max(0, length(L) + Start); false -> Start end,
    case S >= length(L) of
        true -> [];
        false -> lists:sublist(L, S + 1, Amount)
    end.

scan(E, F) ->
    case to_list(E) of
        [] -> [];
        [H | T] -> [H | scan(T, H, F)]
    end.
scan(E, Acc, F) ->
    {L, _} = lists:mapfoldl(fun(X, A) -> V = F(X, A), {V, V} end, Acc, to_list(E)),
    L.

intersperse(E, Sep) -> lists:join(Sep, to_list(E)).

take_every(_, 0) -> [];
take_every(E, N) -> [X || {X, I} <- with_index(E), I rem N =:= 0].
map_every(E, N, F) -> [case I rem N of 0 -> F(X); _ -> X end || {X, I} <- with_index(E)].

empty_error() -> 'Elixir.Enum.EmptyError':exception([]).
