-module(arith_collatz).
-export([start/0]).

start() ->
    io:format("~w~n", [[steps(N) || N <- lists:seq(1, 30)]]),
    {Best, Len} = lists:foldl(
                    fun(N, {B, L}) ->
                            S = steps(N),
                            if S > L -> {N, S}; true -> {B, L} end
                    end, {1, 0}, lists:seq(1, 10000)),
    io:format("longest below 10000: ~w with ~w steps~n", [Best, Len]),
    Peak = peak(77031, 0),
    io:format("peak of 77031: ~w~n", [Peak]),
    {Best, Len}.

steps(1) -> 0;
steps(N) when N rem 2 =:= 0 -> 1 + steps(N div 2);
steps(N) -> 1 + steps(3 * N + 1).

peak(1, M) -> M;
peak(N, M) when N band 1 =:= 0 -> peak(N bsr 1, max(N, M));
peak(N, M) -> peak(3 * N + 1, max(N, M)).
