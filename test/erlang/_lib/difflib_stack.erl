%% Helper module for differential programs (not a program itself): a stack ADT.
-module(difflib_stack).
-export([new/0, push/2, pop/1, peek/1, size/1, to_list/1, from_list/1]).

-record(stack, {items = [], size = 0}).

new() -> #stack{}.

push(X, #stack{items = I, size = N} = S) -> S#stack{items = [X | I], size = N + 1}.

pop(#stack{items = []}) -> empty;
pop(#stack{items = [X | I], size = N} = S) -> {X, S#stack{items = I, size = N - 1}}.

peek(#stack{items = []}) -> empty;
peek(#stack{items = [X | _]}) -> {ok, X}.

size(#stack{size = N}) -> N.

to_list(#stack{items = I}) -> I.

from_list(L) -> lists:foldl(fun push/2, new(), L).
