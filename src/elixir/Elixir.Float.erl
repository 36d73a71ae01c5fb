%% Float: to_string as Elixir prints floats; round/floor/ceil to decimal places
%% computed exactly from the float's binary value.
-module('Elixir.Float').
-export([to_string/1, to_charlist/1, parse/1, round/1, round/2, floor/1, floor/2, ceil/1,
         ceil/2]).

to_string(F) -> float_to_binary(F, [short]).
to_charlist(F) -> float_to_list(F, [short]).

parse(S) ->
    {Sign, R0} = case S of
                     <<$-, R/binary>> -> {<<"-">>, R};
                     <<$+, R/binary>> -> {<<>>, R};
                     _ -> {<<>>, S}
                 end,
    case digits(R0, <<>>) of
        {<<>>, _} -> error;
        {Int, R1} ->
            {Frac, R2} = case R1 of
                             <<$., D, _/binary>> when D >= $0, D =< $9 ->
                                 digits(binary:part(R1, 1, byte_size(R1) - 1), <<>>);
                             _ -> {<<"0">>, R1}
                         end,
            {Exp, R3} = case R2 of
                            <<E, X/binary>> when E =:= $e; E =:= $E ->
                                case 'Elixir.Integer':parse(X) of
                                    {N, R4} ->
                                        {<<"e", (integer_to_binary(N))/binary>>, R4};
                                    _ -> {<<>>, R2}
                                end;
                            _ -> {<<>>, R2}
                        end,
            {binary_to_float(<<Sign/binary, Int/binary, ".", Frac/binary, Exp/binary>>), R3}
    end.

digits(<<D, R/binary>>, Acc) when D >= $0, D =< $9 -> digits(R, <<Acc/binary, D>>);
digits(R, Acc) -> {Acc, R}.

round(F) -> float(erlang:round(F)).
round(F, Digits) -> to_places(F, Digits, half_up).
floor(F) -> float(erlang:floor(F)).
floor(F, Digits) -> to_places(F, Digits, floor).
ceil(F) -> float(erlang:ceil(F)).
ceil(F, Digits) -> to_places(F, Digits, ceil).

%% F = M * 2^E exactly; scale by 10^Digits, round as asked, divide back.
to_places(F, Digits, Mode) when is_float(F), Digits >= 0, Digits =< 15 ->
    <<S:1, Exp:11, Frac:52>> = <<F:64/float>>,
    {M, E} = case Exp of
                 0 -> {Frac, -1074};
                 _ -> {Frac + (1 bsl 52), Exp - 1075}
             end,
    P = pow10(Digits),
    {Num, Den} = case E >= 0 of
                     true -> {M * P * (1 bsl E), 1};
                     false -> {M * P, 1 bsl -E}
                 end,
    Q0 = Num div Den,
    R = Num rem Den,
    Q = case Mode of
            half_up when 2 * R >= Den -> Q0 + 1;
            ceil when R > 0, S =:= 0 -> Q0 + 1;
            floor when R > 0, S =:= 1 -> Q0 + 1;
            _ -> Q0
        end,
    V = Q / P,
    case S of 1 -> -V; 0 -> V end.

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).
