%% orddict: key-value dictionaries as ordered lists of pairs, OTP 25's API
%% (our own implementation). Keys are ordered by term order and are the same
%% when they compare equal (==).
-module(orddict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3, append/3,
         append_list/3, update/3, update/4, update_counter/3, fold/3, map/2,
         filter/2, merge/3]).

new() -> [].

is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | D]) when Key > K -> is_key(Key, D);
is_key(_, [{_, _} | _]) -> true;
is_key(_, []) -> false.

to_list(D) -> D.

from_list(Pairs) -> from_list_1(Pairs, []).

from_list_1([{K, V} | Pairs], D) -> from_list_1(Pairs, store(K, V, D));
from_list_1([], D) -> D.

size(D) -> erlang:length(D).

is_empty([]) -> true;
is_empty([_ | _]) -> false.

fetch(Key, [{K, _} | D]) when Key > K -> fetch(Key, D);
fetch(Key, [{K, Value} | _]) when Key == K -> Value.

find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | D]) when Key > K -> find(Key, D);
find(_, [{_, Value} | _]) -> {ok, Value};
find(_, []) -> error.

fetch_keys([{Key, _} | D]) -> [Key | fetch_keys(D)];
fetch_keys([]) -> [].

erase(Key, [{K, _} = E | D]) when Key < K -> [E | D];
erase(Key, [{K, _} = E | D]) when Key > K -> [E | erase(Key, D)];
erase(_, [{_, _} | D]) -> D;
erase(_, []) -> [].

take(Key, Dict) -> take_1(Key, Dict, []).

take_1(Key, [{K, _} | _], _) when Key < K -> error;
take_1(Key, [{K, _} = P | D], Acc) when Key > K -> take_1(Key, D, [P | Acc]);
take_1(_, [{_, Value} | D], Acc) -> {Value, lists:reverse(Acc, D)};
take_1(_, [], _) -> error.

store(Key, New, [{K, _} = E | D]) when Key < K -> [{Key, New}, E | D];
store(Key, New, [{K, _} = E | D]) when Key > K -> [E | store(Key, New, D)];
store(Key, New, [{_, _} | D]) -> [{Key, New} | D];
store(Key, New, []) -> [{Key, New}].

append(Key, New, [{K, _} = E | D]) when Key < K -> [{Key, [New]}, E | D];
append(Key, New, [{K, _} = E | D]) when Key > K -> [E | append(Key, New, D)];
append(Key, New, [{_, Old} | D]) -> [{Key, Old ++ [New]} | D];
append(Key, New, []) -> [{Key, [New]}].

append_list(Key, NewList, [{K, _} = E | D]) when Key < K -> [{Key, NewList}, E | D];
append_list(Key, NewList, [{K, _} = E | D]) when Key > K -> [E | append_list(Key, NewList, D)];
append_list(Key, NewList, [{_, Old} | D]) -> [{Key, Old ++ NewList} | D];
append_list(Key, NewList, []) -> [{Key, NewList}].

update(Key, Fun, [{K, _} = E | D]) when Key > K -> [E | update(Key, Fun, D)];
update(Key, Fun, [{K, Val} | D]) when Key == K -> [{Key, Fun(Val)} | D].

update(Key, _, Init, [{K, _} = E | D]) when Key < K -> [{Key, Init}, E | D];
update(Key, Fun, Init, [{K, _} = E | D]) when Key > K -> [E | update(Key, Fun, Init, D)];
update(Key, Fun, _, [{_, Val} | D]) -> [{Key, Fun(Val)} | D];
update(Key, _, Init, []) -> [{Key, Init}].

update_counter(Key, Incr, [{K, _} = E | D]) when Key < K -> [{Key, Incr}, E | D];
update_counter(Key, Incr, [{K, _} = E | D]) when Key > K -> [E | update_counter(Key, Incr, D)];
update_counter(Key, Incr, [{_, Val} | D]) -> [{Key, Val + Incr} | D];
update_counter(Key, Incr, []) -> [{Key, Incr}].

fold(F, Acc, [{Key, Val} | D]) -> fold(F, F(Key, Val, Acc), D);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, [{Key, Val} | D]) -> [{Key, F(Key, Val)} | map(F, D)];
map(F, []) when is_function(F, 2) -> [].

filter(F, [{Key, Val} = E | D]) ->
    case F(Key, Val) of
        true -> [E | filter(F, D)];
        false -> filter(F, D)
    end;
filter(F, []) when is_function(F, 2) -> [].

merge(F, [{K1, _} = E1 | D1], [{K2, _} = E2 | D2]) when K1 < K2 -> [E1 | merge(F, D1, [E2 | D2])];
merge(F, [{K1, _} = E1 | D1], [{K2, _} = E2 | D2]) when K1 > K2 -> [E2 | merge(F, [E1 | D1], D2)];
merge(F, [{K1, V1} | D1], [{_, V2} | D2]) -> [{K1, F(K1, V1, V2)} | merge(F, D1, D2)];
merge(F, [], D2) when is_function(F, 3) -> D2;
merge(F, D1, []) when is_function(F, 3) -> D1.
