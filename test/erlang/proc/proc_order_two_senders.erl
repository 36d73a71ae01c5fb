-module(proc_order_two_senders).
-export([start/0]).

%% Messages from one sender arrive in send order; two senders are each ordered,
%% so we collect per sender and compare with the sent sequences.
start() ->
    Self = self(),
    Mk = fun(Tag) -> spawn(fun() -> [Self ! {Tag, I} || I <- lists:seq(1, 50)], Self ! {done, Tag} end) end,
    _ = Mk(a), _ = Mk(b),
    {As, Bs} = collect(2, [], []),
    io:format("a ordered: ~p~n", [As =:= lists:seq(1, 50)]),
    io:format("b ordered: ~p~n", [Bs =:= lists:seq(1, 50)]),
    io:format("sum: ~p~n", [lists:sum(As) + lists:sum(Bs)]),
    {length(As), length(Bs)}.

collect(0, As, Bs) -> {lists:reverse(As), lists:reverse(Bs)};
collect(N, As, Bs) ->
    receive
        {a, I} -> collect(N, [I | As], Bs);
        {b, I} -> collect(N, As, [I | Bs]);
        {done, _} -> collect(N - 1, As, Bs)
    end.
