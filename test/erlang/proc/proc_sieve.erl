-module(proc_sieve).
-export([start/0]).

%% A concurrent prime sieve: a chain of filter processes, one per prime found.
start() ->
    Self = self(),
    Head = spawn(fun() -> filter(Self, none, none) end),
    [Head ! {n, I} || I <- lists:seq(2, 300)],
    Head ! {done, []},
    receive {primes, Ps} -> io:format("~p~n~p primes~n", [Ps, length(Ps)]) end,
    length(Ps).

filter(Parent, none, none) ->
    receive
        {n, P} -> filter(Parent, P, none);
        {done, Acc} -> Parent ! {primes, lists:reverse(Acc)}
    end;
filter(Parent, P, Next) ->
    receive
        {n, I} when I rem P =:= 0 -> filter(Parent, P, Next);
        {n, I} ->
            N2 = case Next of none -> spawn(fun() -> filter(Parent, none, none) end); _ -> Next end,
            N2 ! {n, I},
            filter(Parent, P, N2);
        {done, Acc} ->
            case Next of
                none -> Parent ! {primes, lists:reverse([P | Acc])};
                _ -> Next ! {done, [P | Acc]}
            end
    end.
