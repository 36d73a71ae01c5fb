%% String.Chars (string interpolation, to_string/1) for the built-in types; a
%% struct uses its implementation module Elixir.String.Chars.<Struct>.
-module('Elixir.String.Chars').
-export([to_string/1]).

to_string(B) when is_binary(B) -> B;
to_string(nil) -> <<>>;
to_string(A) when is_atom(A) -> atom_to_binary(A);
to_string(I) when is_integer(I) -> integer_to_binary(I);
to_string(F) when is_float(F) -> float_to_binary(F, [short]);
to_string(L) when is_list(L) ->
    case unicode:characters_to_binary(L) of
        B when is_binary(B) -> B;
        _ -> erlang:error('Elixir.ArgumentError':exception(<<"cannot convert the given list to a string">>))
    end;
to_string(#{'__struct__' := Mod} = S) when is_atom(Mod) ->
    <<"Elixir.", Name/binary>> = atom_to_binary(Mod),
    Impl = binary_to_atom(<<"Elixir.String.Chars.", Name/binary>>),
    try Impl:to_string(S)
    catch error:undef:St ->
        case St of
            [{Impl, to_string, _, _} | _] -> undefined(S);
            _ -> erlang:raise(error, undef, St)
        end
    end;
to_string(X) -> undefined(X).

undefined(X) ->
    erlang:error('Elixir.Protocol.UndefinedError':exception([{protocol, 'Elixir.String.Chars'}, {value, X}])).
