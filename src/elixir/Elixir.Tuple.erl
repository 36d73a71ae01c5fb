%% Tuple.
-module('Elixir.Tuple').
-export([to_list/1, append/2, insert_at/3, delete_at/2, duplicate/2, sum/1, product/1]).

to_list(T) -> tuple_to_list(T).
append(T, X) -> erlang:append_element(T, X).
insert_at(T, I, X) -> erlang:insert_element(I + 1, T, X).
delete_at(T, I) -> erlang:delete_element(I + 1, T).
duplicate(X, N) -> erlang:make_tuple(N, X).
sum(T) -> lists:sum(tuple_to_list(T)).
product(T) -> lists:foldl(fun(X, A) -> X * A end, 1, tuple_to_list(T)).
