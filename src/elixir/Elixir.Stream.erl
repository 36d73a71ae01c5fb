%% Stream: lazy enumerables as reduce functions fun(Acc, Reducer) following
%% the Enumerable protocol ({cont, A} | {halt, A} in, {done, A} | {halted, A}
%% out; no suspension, so zipping infinite streams is not supported). Enum
%% turns them into lists, or stops early where it can (take, find, at, ...).
-module('Elixir.Stream').
-export([map/2, filter/2, reject/2, flat_map/2, take/2, take_while/2, drop/2, drop_while/2,
         with_index/1, with_index/2, chunk_every/2, chunk_every/4, uniq/1, uniq_by/2, dedup/1,
         scan/2, scan/3, each/2, concat/1, concat/2, transform/3, iterate/2, unfold/2,
         cycle/1, repeatedly/1, resource/3, run/1, map_every/3, filter_map/3]).
-export(['__reduce__'/3]).

%% ---------------------------------------------------------------- sources

iterate(S, F) -> fun(Acc, R) -> iterate(S, F, Acc, R) end.
iterate(_, _, {halt, A}, _) -> {halted, A};
iterate(S, F, {cont, A}, R) -> iterate2(S, F, R(S, A), R).
iterate2(_, _, {halt, A}, _) -> {halted, A};
iterate2(S, F, Acc, R) -> iterate(F(S), F, Acc, R).

unfold(S, F) -> fun(Acc, R) -> unfold(S, F, Acc, R) end.
unfold(_, _, {halt, A}, _) -> {halted, A};
unfold(S, F, {cont, A}, R) ->
    case F(S) of
        nil -> {done, A};
        {X, S2} -> unfold(S2, F, R(X, A), R)
    end.

repeatedly(F) -> fun(Acc, R) -> repeat(F, Acc, R) end.
repeat(_, {halt, A}, _) -> {halted, A};
repeat(F, {cont, A}, R) -> repeat(F, R(F(), A), R).

cycle(E) ->
    case 'Elixir.Enum':to_list(E) of
        [] -> erlang:error('Elixir.ArgumentError':exception(<<"cannot cycle over an empty enumerable">>));
        L -> fun(Acc, R) -> cycle(L, L, Acc, R) end
    end.
cycle(_, _, {halt, A}, _) -> {halted, A};
cycle([], L, Acc, R) -> cycle(L, L, Acc, R);
cycle([H | T], L, {cont, A}, R) -> cycle(T, L, R(H, A), R).

resource(Start, Next, After) ->
    fun(Acc, R) ->
            S = Start(),
            try resource(S, Next, Acc, R) of
                {Res, A, S2} -> After(S2), {Res, A}
            catch
                C:E:St -> After(S), erlang:raise(C, E, St)
            end
    end.
resource(S, _, {halt, A}, _) -> {halted, A, S};
resource(S, Next, {cont, A}, R) ->
    case Next(S) of
        {halt, S2} -> {done, A, S2};
        {Items, S2} ->
            case emit('Elixir.Enum':to_list(Items), A, R) of
                {cont, A2} -> resource(S2, Next, {cont, A2}, R);
                {halt, A2} -> {halted, A2, S2}
            end
    end.

%% ---------------------------------------------------------------- reducing

'__reduce__'(_, {halt, A}, _) -> {halted, A};
'__reduce__'(F, Acc, R) when is_function(F, 2) -> F(Acc, R);
'__reduce__'(L, Acc, R) when is_list(L) -> list(L, Acc, R);
'__reduce__'(#{'__struct__' := 'Elixir.Range', first := F, last := L, step := S}, Acc, R) ->
    range(F, L, S, Acc, R);
'__reduce__'(#{'__struct__' := 'Elixir.MapSet'} = E, Acc, R) -> list('Elixir.Enum':to_list(E), Acc, R);
'__reduce__'(#{'__struct__' := Mod} = E, Acc, R) when is_atom(Mod) ->
    <<"Elixir.", Name/binary>> = atom_to_binary(Mod),
    (binary_to_atom(<<"Elixir.Enumerable.", Name/binary>>)):reduce(E, Acc, R);
'__reduce__'(M, Acc, R) when is_map(M) -> list(maps:to_list(M), Acc, R).

list(_, {halt, A}, _) -> {halted, A};
list([], {cont, A}, _) -> {done, A};
list([H | T], {cont, A}, R) -> list(T, R(H, A), R).

range(_, _, _, {halt, A}, _) -> {halted, A};
range(F, L, S, {cont, A}, R) when S > 0, F =< L; S < 0, F >= L -> range(F + S, L, S, R(F, A), R);
range(_, _, _, {cont, A}, _) -> {done, A}.

%% Items through the reducer: {cont, A} or {halt, A}.
emit([], A, _) -> {cont, A};
emit([X | T], A, R) ->
    case R(X, A) of
        {cont, A2} -> emit(T, A2, R);
        Halt -> Halt
    end.

%% ---------------------------------------------------------------- transforms

%% tr(E, S0, Step, Last): Step(X, S) -> {Items, S2, cont | halt}; Last(S) gives
%% the items emitted when E ends (not when the consumer stops).
tr(E, S0, Step, Last) ->
    fun({halt, A}, _) -> {halted, A};
       ({cont, A0}, R) ->
            F = fun(X, {S, A}) ->
                        {Items, S2, Next} = Step(X, S),
                        case emit(Items, A, R) of
                            {cont, A2} when Next =:= cont -> {cont, {S2, A2}};
                            {cont, A2} -> {halt, {S2, A2, self}};
                            {halt, A2} -> {halt, {S2, A2, user}}
                        end
                end,
            case '__reduce__'(E, {cont, {S0, A0}}, F) of
                {done, {S, A}} -> finish(Last(S), A, R);
                {halted, {S, A, self}} -> finish(Last(S), A, R);
                {halted, {_, A, user}} -> {halted, A}
            end
    end.
finish(Items, A, R) ->
    case emit(Items, A, R) of
        {cont, A2} -> {done, A2};
        {halt, A2} -> {halted, A2}
    end.
none(_) -> [].

transform(E, S0, F) ->
    tr(E, S0, fun(X, S) ->
                      case F(X, S) of
                          {halt, S2} -> {[], S2, halt};
                          {Items, S2} -> {'Elixir.Enum':to_list(Items), S2, cont}
                      end
              end, fun none/1).

map(E, F) -> tr(E, nil, fun(X, S) -> {[F(X)], S, cont} end, fun none/1).
filter(E, P) -> tr(E, nil, fun(X, S) -> {[X || truthy(P(X))], S, cont} end, fun none/1).
reject(E, P) -> tr(E, nil, fun(X, S) -> {[X || not truthy(P(X))], S, cont} end, fun none/1).
filter_map(E, P, F) -> map(filter(E, P), F).
%% Each inner enumerable is reduced lazily (it may be infinite).
flat_map(E, F) ->
    fun({halt, A}, _) -> {halted, A};
       ({cont, A0}, R) ->
            Outer = fun(X, A) ->
                            case '__reduce__'(F(X), {cont, A}, R) of
                                {done, A2} -> {cont, A2};
                                {halted, A2} -> {halt, {'$stop', A2}}
                            end
                    end,
            case '__reduce__'(E, {cont, A0}, Outer) of
                {halted, {'$stop', A}} -> {halted, A};
                Done -> Done
            end
    end.
each(E, F) -> tr(E, nil, fun(X, S) -> F(X), {[X], S, cont} end, fun none/1).
map_every(E, N, F) ->
    tr(E, 0, fun(X, I) -> {[case I rem N of 0 -> F(X); _ -> X end], I + 1, cont} end, fun none/1).

take(_, 0) -> fun({halt, A}, _) -> {halted, A}; ({cont, A}, _) -> {done, A} end;
take(E, N) when N > 0 ->
    tr(E, N, fun(X, 1) -> {[X], 0, halt}; (X, K) -> {[X], K - 1, cont} end, fun none/1);
take(E, N) -> fun(Acc, R) -> list('Elixir.Enum':take(E, N), Acc, R) end.
take_while(E, P) ->
    tr(E, nil, fun(X, S) -> case truthy(P(X)) of true -> {[X], S, cont}; false -> {[], S, halt} end end,
       fun none/1).
drop(E, N) when N >= 0 ->
    tr(E, N, fun(X, 0) -> {[X], 0, cont}; (_, K) -> {[], K - 1, cont} end, fun none/1).
drop_while(E, P) ->
    tr(E, true, fun(X, true) -> case truthy(P(X)) of true -> {[], true, cont}; false -> {[X], false, cont} end;
                   (X, false) -> {[X], false, cont}
                end, fun none/1).
with_index(E) -> with_index(E, 0).
with_index(E, Off) -> tr(E, Off, fun(X, I) -> {[{X, I}], I + 1, cont} end, fun none/1).

chunk_every(E, N) -> chunk_every(E, N, N, []).
chunk_every(E, N, N, Leftover) ->
    tr(E, {0, []}, fun(X, {K, Buf}) when K + 1 =:= N -> {[lists:reverse([X | Buf])], {0, []}, cont};
                      (X, {K, Buf}) -> {[], {K + 1, [X | Buf]}, cont}
                   end,
       fun({0, _}) -> [];
          ({_, _}) when Leftover =:= discard -> [];
          ({_, Buf}) -> [lists:sublist(lists:reverse(Buf) ++ 'Elixir.Enum':to_list(Leftover), N)]
       end);
chunk_every(E, N, Step, Leftover) ->
    fun(Acc, R) -> list('Elixir.Enum':chunk_every(E, N, Step, Leftover), Acc, R) end.

uniq(E) -> uniq_by(E, fun(X) -> X end).
uniq_by(E, F) ->
    tr(E, #{}, fun(X, Seen) ->
                       K = F(X),
                       case is_map_key(K, Seen) of
                           true -> {[], Seen, cont};
                           false -> {[X], Seen#{K => true}, cont}
                       end
               end, fun none/1).
dedup(E) ->
    tr(E, {}, fun(X, {X}) -> {[], {X}, cont}; (X, _) -> {[X], {X}, cont} end, fun none/1).

scan(E, F) ->
    tr(E, none, fun(X, none) -> {[X], {X}, cont}; (X, {A}) -> V = F(X, A), {[V], {V}, cont} end, fun none/1).
scan(E, A0, F) -> tr(E, A0, fun(X, A) -> V = F(X, A), {[V], V, cont} end, fun none/1).

concat(Es) -> flat_map(Es, fun(E) -> E end).
concat(A, B) -> concat([A, B]).

run(E) -> '__reduce__'(E, {cont, nil}, fun(_, A) -> {cont, A} end), ok.

truthy(X) -> X =/= false andalso X =/= nil.
