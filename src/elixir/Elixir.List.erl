%% List.
-module('Elixir.List').
-export([first/1, first/2, last/1, last/2, flatten/1, flatten/2, delete/2, delete_at/2,
         insert_at/3, replace_at/3, update_at/3, duplicate/2, wrap/1, zip/1, to_tuple/1,
         to_string/1, to_atom/1, to_integer/1, to_integer/2, to_float/1, to_charlist/1,
         keyfind/3, keyfind/4, 'keymember?'/3, keydelete/3, keyreplace/4, keystore/4, keysort/2,
         keytake/3, foldl/3, foldr/3, pop_at/2, pop_at/3, 'starts_with?'/2,
         'ascii_printable?'/1, 'improper?'/1]).

first(L) -> first(L, nil).
first([], D) -> D;
first([H | _], _) -> H.
last(L) -> last(L, nil).
last([], D) -> D;
last(L, _) -> lists:last(L).
flatten(L) -> lists:flatten(L).
flatten(L, T) -> lists:flatten(L, T).
delete(L, X) -> lists:delete(X, L).
idx(L, I) when I < 0 -> length(L) + I;
idx(_, I) -> I.
delete_at(L, I) -> element(2, pop_at(L, I)).
pop_at(L, I) -> pop_at(L, I, nil).
pop_at(L, I, D) ->
    J = idx(L, I),
    case J >= 0 andalso J < length(L) of
        true -> {A, [X | B]} = lists:split(J, L), {X, A ++ B};
        false -> {D, L}
    end.
insert_at(L, I, X) ->
    N = length(L),
    J = case I < 0 of true -> max(0, N + I + 1); false -> min(I, N) end,
    {A, B} = lists:split(J, L),
    A ++ [X | B].
replace_at(L, I, X) -> update_at(L, I, fun(_) -> X end).
update_at(L, I, F) ->
    J = idx(L, I),
    case J >= 0 andalso J < length(L) of
        true -> {A, [Y | B]} = lists:split(J, L), A ++ [F(Y) | B];
        false -> L
    end.
duplicate(X, N) -> lists:duplicate(N, X).
wrap(nil) -> [];
wrap(L) when is_list(L) -> L;
wrap(X) -> [X].
zip(Ls) -> 'Elixir.Enum':zip(Ls).
to_tuple(L) -> list_to_tuple(L).
to_string(L) -> 'Elixir.String.Chars':to_string(L).
to_atom(L) -> list_to_atom(L).
to_integer(L) -> list_to_integer(L).
to_integer(L, B) -> list_to_integer(L, B).
to_float(L) -> list_to_float(L).
to_charlist(L) -> unicode:characters_to_list(L).
keyfind(L, K, P) -> keyfind(L, K, P, nil).
keyfind(L, K, P, D) -> case lists:keyfind(K, P + 1, L) of false -> D; T -> T end.
'keymember?'(L, K, P) -> lists:keymember(K, P + 1, L).
keydelete(L, K, P) -> lists:keydelete(K, P + 1, L).
keyreplace(L, K, P, T) -> lists:keyreplace(K, P + 1, L, T).
keystore(L, K, P, T) -> lists:keystore(K, P + 1, L, T).
keysort(L, P) -> lists:keysort(P + 1, L).
keytake(L, K, P) -> case lists:keytake(K, P + 1, L) of {value, T, R} -> {T, R}; false -> nil end.
foldl(L, Acc, F) -> lists:foldl(F, Acc, L).
foldr(L, Acc, F) -> lists:foldr(F, Acc, L).
'starts_with?'(L, P) -> lists:prefix(P, L).
'ascii_printable?'(L) -> lists:all(fun(C) -> is_integer(C) andalso (C >= 32 andalso C =< 126 orelse C >= 7 andalso C =< 13 orelse C =:= 27) end, L).
'improper?'(L) -> not is_list(L) orelse not is_proper(L).
is_proper([]) -> true;
is_proper([_ | T]) -> is_proper(T);
is_proper(_) -> false.
