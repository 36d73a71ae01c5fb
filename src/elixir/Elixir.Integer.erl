%% Integer (is_even/is_odd are guards elixirc inlines).
-module('Elixir.Integer').
-export([to_string/1, to_string/2, to_charlist/1, to_charlist/2, parse/1, parse/2, digits/1,
         digits/2, undigits/1, undigits/2, pow/2, gcd/2, mod/2, floor_div/2]).

to_string(I) -> integer_to_binary(I).
to_string(I, B) -> integer_to_binary(I, B).
to_charlist(I) -> integer_to_list(I).
to_charlist(I, B) -> integer_to_list(I, B).

parse(S) -> parse(S, 10).
parse(<<$-, R/binary>>, B) -> sign(-1, R, B);
parse(<<$+, R/binary>>, B) -> sign(1, R, B);
parse(S, B) -> sign(1, S, B).
sign(Sign, S, B) ->
    case digs(S, B, 0, 0) of
        {0, _, _} -> error;
        {_, N, Rest} -> {Sign * N, Rest}
    end.
digs(<<C, R/binary>> = S, B, Count, Acc) ->
    D = if C >= $0, C =< $9 -> C - $0;
           C >= $a, C =< $z -> C - $a + 10;
           C >= $A, C =< $Z -> C - $A + 10;
           true -> 99
        end,
    case D < B of
        true -> digs(R, B, Count + 1, Acc * B + D);
        false -> {Count, Acc, S}
    end;
digs(<<>>, _, Count, Acc) -> {Count, Acc, <<>>}.

digits(I) -> digits(I, 10).
digits(0, _) -> [0];
digits(I, B) when I < 0 -> [-D || D <- digits(-I, B)];
digits(I, B) -> digits(I, B, []).
digits(0, _, Acc) -> Acc;
digits(I, B, Acc) -> digits(I div B, B, [I rem B | Acc]).

undigits(L) -> undigits(L, 10).
undigits(L, B) -> lists:foldl(fun(D, Acc) -> Acc * B + D end, 0, L).

pow(B, E) when is_integer(B), is_integer(E), E >= 0 -> 'Elixir.Kernel':'**'(B, E).

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

mod(A, B) ->
    R = A rem B,
    case R =/= 0 andalso (R < 0) =/= (B < 0) of
        true -> R + B;
        false -> R
    end.

floor_div(A, B) -> (A - mod(A, B)) div B.
