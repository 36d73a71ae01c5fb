%% io_lib: the helpers of OTP 25's io_lib beside format/2 and fwrite/2 (which
%% are natives of the VM). Our own implementation.
%%
%% Like the VM's io_lib:format/2, the write/print functions return flat
%% character lists; OTP returns deep lists with the same characters (equal
%% after lists:flatten/1).
-module(io_lib).

-export([format/3, fwrite/3, write/1, write/2, write/3, print/1, print/4,
         write_atom/1, write_atom_as_latin1/1, quote_atom/2,
         write_string/1, write_string/2, write_string_as_latin1/1, write_string_as_latin1/2,
         write_latin1_string/1, write_latin1_string/2, write_unicode_string/1,
         write_char/1, write_char_as_latin1/1, write_latin1_char/1, write_unicode_char/1,
         char_list/1, latin1_char_list/1, deep_char_list/1, deep_latin1_char_list/1,
         deep_unicode_char_list/1, printable_list/1, printable_latin1_list/1,
         printable_unicode_list/1, nl/0, indentation/2, chars_length/1]).

format(Format, Args, _Options) -> io_lib:format(Format, Args).

fwrite(Format, Args, _Options) -> io_lib:format(Format, Args).

write(Term) -> io_lib:format("~w", [Term]).

write(Term, Depth) when is_integer(Depth) -> write_depth(Term, Depth);
write(Term, Options) when is_list(Options) ->
    case lists:keyfind(depth, 1, Options) of
        {depth, D} -> write_depth(Term, D);
        false -> write(Term)
    end.

write(Term, Depth, _Encoding) -> write(Term, Depth).

write_depth(Term, D) when D < 0 -> write(Term);
write_depth(Term, D) -> io_lib:format("~W", [Term, D]).

print(Term) -> io_lib:format("~p", [Term]).

%% Column and line length other than 1 and 80 are not supported.
print(Term, _Column, _LineLength, Depth) when Depth < 0 -> print(Term);
print(Term, _Column, _LineLength, Depth) -> io_lib:format("~P", [Term, Depth]).

%% ---------------------------------------------------------------- atoms

write_atom(A) when is_atom(A) -> io_lib:format("~w", [A]).

write_atom_as_latin1(A) when is_atom(A) ->
    Chars = atom_to_list(A),
    case quote_atom(A, Chars) of
        true -> [$' | quoted_chars(Chars, $', latin1)] ++ "'";
        false -> Chars
    end.

%% Whether the atom needs quotes when written.
quote_atom(A, Chars) when is_atom(A) ->
    case Chars of
        [C | Cs] ->
            not (is_lower(C) andalso lists:all(fun is_atom_char/1, Cs))
                orelse reserved(A);
        [] -> true
    end.

is_lower(C) -> (C >= $a andalso C =< $z) orelse (C >= 16#DF andalso C =< 16#FF andalso C =/= 16#F7).

is_atom_char(C) ->
    (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z) orelse (C >= $0 andalso C =< $9)
        orelse C =:= $_ orelse C =:= $@
        orelse (C >= 16#C0 andalso C =< 16#FF andalso C =/= 16#D7 andalso C =/= 16#F7).

reserved(A) ->
    lists:member(A, ['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr',
                     'bxor', 'case', 'catch', 'cond', 'div', 'end', 'fun', 'if', 'let', 'not',
                     'of', 'or', 'orelse', 'receive', 'rem', 'try', 'when', 'xor']).

%% ---------------------------------------------------------------- strings and chars

write_string(S) -> write_string(S, $").

write_string(S, Q) -> [Q | quoted_chars(S, Q, unicode)] ++ [Q].

write_string_as_latin1(S) -> write_string_as_latin1(S, $").

write_string_as_latin1(S, Q) -> [Q | quoted_chars(S, Q, latin1)] ++ [Q].

write_latin1_string(S) -> write_latin1_string(S, $").

write_latin1_string(S, Q) -> [Q | quoted_chars(S, Q, latin1)] ++ [Q].

write_unicode_string(S) -> write_string(S, $").

%% Enc latin1: characters above 255 as \x{...}.
quoted_chars([C | Cs], Q, Enc) -> escape(C, Q, Enc) ++ quoted_chars(Cs, Q, Enc);
quoted_chars([], _, _) -> [].

escape(Q, Q, _) -> [$\\, Q];
escape($\\, _, _) -> "\\\\";
escape(C, _, Enc) -> char_esc(C, Enc).

char_esc($\b, _) -> "\\b";
char_esc($\t, _) -> "\\t";
char_esc($\n, _) -> "\\n";
char_esc($\v, _) -> "\\v";
char_esc($\f, _) -> "\\f";
char_esc($\r, _) -> "\\r";
char_esc($\e, _) -> "\\e";
char_esc(127, _) -> "\\d";
char_esc(C, _) when C < 32; C >= 128, C < 160 -> [$\\, $0 + C div 64, $0 + (C div 8) rem 8, $0 + C rem 8];
char_esc(C, latin1) when C > 255 -> "\\x{" ++ erlang:integer_to_list(C, 16) ++ "}";
char_esc(C, _) -> [C].

write_char($\s) -> "$\\s";
write_char(C) when is_integer(C), C >= 0 -> [$$ | char_esc_c(C, unicode)].

write_char_as_latin1(C) when is_integer(C), C >= 0 -> [$$ | char_esc_c(C, latin1)].

write_latin1_char(C) when is_integer(C), C >= 0, C =< 255 -> [$$ | char_esc_c(C, latin1)].

write_unicode_char(C) -> write_char(C).

char_esc_c($\\, _) -> "\\\\";
char_esc_c(C, Enc) -> char_esc(C, Enc).

%% ---------------------------------------------------------------- predicates

char_list(L) -> flat_chars(L, fun is_unicode/1).

latin1_char_list(L) -> flat_chars(L, fun is_latin1/1).

flat_chars([C | Cs], P) when is_integer(C) ->
    case P(C) of
        true -> flat_chars(Cs, P);
        false -> false
    end;
flat_chars([], _) -> true;
flat_chars(_, _) -> false.

deep_char_list(L) -> deep_chars(L, fun is_unicode/1).

deep_latin1_char_list(L) -> deep_chars(L, fun is_latin1/1).

deep_unicode_char_list(L) -> deep_chars(L, fun is_unicode/1).

deep_chars(L, P) -> deep_chars(L, [], P).

deep_chars([C | Cs], More, P) when is_integer(C) ->
    case P(C) of
        true -> deep_chars(Cs, More, P);
        false -> false
    end;
deep_chars([L | Cs], More, P) when is_list(L) -> deep_chars(L, [Cs | More], P);
deep_chars([], [Cs | More], P) -> deep_chars(Cs, More, P);
deep_chars([], [], _) -> true;
deep_chars(_, _, _) -> false.

is_latin1(C) -> C >= 0 andalso C =< 255.

is_unicode(C) ->
    C >= 0 andalso C =< 16#10FFFF andalso not (C >= 16#D800 andalso C =< 16#DFFF)
        andalso C =/= 16#FFFE andalso C =/= 16#FFFF.

%% As io:printable_range() is latin1, as OTP's default.
printable_list(L) -> printable_latin1_list(L).

printable_latin1_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when is_integer(C), C >= 16#A0, C =< 16#FF -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when is_integer(C), C >= $\b, C =< $\r -> printable_latin1_list(Cs);
printable_latin1_list([$\e | Cs]) -> printable_latin1_list(Cs);
printable_latin1_list([]) -> true;
printable_latin1_list(_) -> false.

printable_unicode_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when is_integer(C), C >= 16#A0, C < 16#D800 -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when is_integer(C), C > 16#DFFF, C < 16#FFFE -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when is_integer(C), C > 16#FFFF, C =< 16#10FFFF -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when is_integer(C), C >= $\b, C =< $\r -> printable_unicode_list(Cs);
printable_unicode_list([$\e | Cs]) -> printable_unicode_list(Cs);
printable_unicode_list([]) -> true;
printable_unicode_list(_) -> false.

nl() -> "\n".

%% The column after writing Chars from column N.
indentation([$\t | Cs], N) -> indentation(Cs, (N div 8 + 1) * 8);
indentation([$\n | Cs], _) -> indentation(Cs, 0);
indentation([C | Cs], N) when is_integer(C) -> indentation(Cs, N + 1);
indentation([L | Cs], N) -> indentation(Cs, indentation(L, N));
indentation([], N) -> N.

chars_length(S) ->
    try erlang:iolist_size(S)
    catch error:badarg -> string:length(S)
    end.
