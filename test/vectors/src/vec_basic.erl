%% Loader test vector: exercises many instruction and operand kinds.
-module(vec_basic).
-export([start/0, arith/1, big/1, floats/1, bins/1, maps/1, recs/1, tries/1,
         recv/1, funs/1, strings/0, lits/0, lists_/1, neg/1]).
-include("vec_inc.hrl").

-record(point, {x = 0, y = 0, z = 0}).

start() ->
    io:format("~p~n", [arith(3)]),
    ok.

arith(X) -> inc_double(X) + X * 7 - X div 2 + X rem 3 + (X band 5) + (X bsl 3) + (bnot X).

big(X) -> X + 123456789012345678901234567890 - 9007199254740993 + 9007199254740991
          - (-123456789012345678901234567890) + 18446744073709551616.

neg(X) -> X - 1 + (-1) + (-128) + (-129) + (-2048) + (-2049) + (-70000) + (-9007199254740991)
          + (-9007199254740992) + (-9007199254740993).

floats(X) when is_float(X) -> X * 2.5 + X / 3.0 - 1.0e300;
floats(X) -> float(X).

bins(<<A:8, B:16/little, Rest/binary>>) -> <<B:16, A:8, Rest/binary, "tail">>;
bins(<<"prefix", R/bits>>) -> R;
bins(B) when is_binary(B) -> <<(byte_size(B)):32, B/binary, 1.5/float>>;
bins(S) -> unicode:characters_to_binary(S).

maps(#{key := V} = M) -> M#{key => V + 1, other => [V]};
maps(M) when is_map(M) -> M#{key => 0};
maps(_) -> #{a => 1, b => 2}.

recs(#point{x = X} = P) -> P#point{y = X, z = X + 1};
recs(N) -> #point{x = N}.

tries(F) ->
    try F() of
        V -> {ok, V}
    catch
        throw:T -> {thrown, T};
        error:E:St -> {error, E, length(St)}
    after
        erlang:put(done, true)
    end.

recv(T) ->
    receive
        {msg, X} -> X;
        stop -> stopped
    after T -> timeout
    end.

funs(L) ->
    Y = length(L),
    F = fun(X) -> X + Y end,
    G = fun lists:reverse/1,
    {lists:map(F, L), G(L), [X * Y || X <- L, X > 1]}.

strings() -> {"a string", 'an atom', <<"binary">>, "ünïcödé", 'atom with spaces'}.

lits() -> [{1, 2.0, three, "four", <<5>>, [6 | 7], #{8 => 9}}, {}, [], <<>>].

lists_([H | T]) -> [H * 2 | lists_(T)];
lists_([]) -> [].
