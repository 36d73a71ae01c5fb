-module(lists_foldl_state).
-export([start/0]).

%% A tiny stack machine driven by lists:foldl.
start() ->
    Prog = [{push, 3}, {push, 4}, add, {push, 5}, mul, dup, mul, {push, 7}, swap, sub, print,
            {push, 10}, {push, 3}, divmod, print, print],
    {Stack, Out} = lists:foldl(fun step/2, {[], []}, Prog),
    lists:foreach(fun(V) -> io:format("out: ~w~n", [V]) end, lists:reverse(Out)),
    io:format("final stack: ~w~n", [Stack]),
    Rpn = rpn("3 4 + 2 * 7 -"),
    io:format("rpn: ~w~n", [Rpn]),
    Rpn.

step({push, V}, {S, O}) -> {[V | S], O};
step(add, {[A, B | S], O}) -> {[B + A | S], O};
step(sub, {[A, B | S], O}) -> {[B - A | S], O};
step(mul, {[A, B | S], O}) -> {[B * A | S], O};
step(dup, {[A | S], O}) -> {[A, A | S], O};
step(swap, {[A, B | S], O}) -> {[B, A | S], O};
step(divmod, {[A, B | S], O}) -> {[B rem A, B div A | S], O};
step(print, {[A | S], O}) -> {S, [A | O]}.

rpn(Str) ->
    [R] = lists:foldl(fun("+", [A, B | S]) -> [B + A | S];
                         ("-", [A, B | S]) -> [B - A | S];
                         ("*", [A, B | S]) -> [B * A | S];
                         (N, S) -> [list_to_integer(N) | S]
                      end, [], string:tokens(Str, " ")),
    R.
