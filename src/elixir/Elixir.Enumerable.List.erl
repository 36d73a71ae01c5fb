%% Enumerable.List.reduce/3: the reduce protocol over a list, for user
%% Enumerable implementations that delegate to it.
-module('Elixir.Enumerable.List').
-export([reduce/3, count/1, 'member?'/2, slice/1]).

reduce(_, {halt, Acc}, _) -> {halted, Acc};
reduce(L, {suspend, Acc}, F) -> {suspended, Acc, fun(A) -> reduce(L, A, F) end};
reduce([], {cont, Acc}, _) -> {done, Acc};
reduce([H | T], {cont, Acc}, F) -> reduce(T, F(H, Acc), F).

count(L) -> {ok, length(L)}.
'member?'(L, X) -> {ok, lists:member(X, L)}.
slice(_) -> {error, ?MODULE}.
