%% string: the OTP 25 string module (our own implementation).
%%
%% The unicode API (length, trim, split, ...) takes chardata: flat lists of
%% code points, UTF-8 binaries, or lists mixing both. Results mirror the
%% input: a binary gives binaries, anything else gives flat lists (OTP keeps
%% some nesting of deep chardata in its results; we flatten).
%%
%% Grapheme clusters follow OTP for "\r\n" and for a character followed by
%% combining marks, zero-width joiners, variation selectors and emoji
%% modifiers (a ZWJ also joins the next emoji), and pair regional
%% indicators; other rules of UAX #29 (Hangul jamo, prepend, spacing marks)
%% are not applied. Searches match like OTP: a code point that does not start
%% any pattern/separator is passed on its own (so "\n" is found inside
%% "\r\n" while "\r" is not).
%%
%% Case mapping covers Latin-1, Latin Extended-A, Greek, Cyrillic and
%% Armenian letters and OTP's special cases (ß -> "SS", ligatures, ...).
%% equal/4 ignores the normalisation form.
-module(string).
-compile({no_auto_import, [length/1]}).

-export([length/1, to_graphemes/1, reverse/1, equal/2, equal/3, equal/4,
         is_empty/1, slice/2, slice/3, pad/2, pad/3, pad/4,
         trim/1, trim/2, trim/3, chomp/1, take/2, take/3, take/4,
         split/2, split/3, replace/3, replace/4, lexemes/2, nth_lexeme/3,
         find/2, find/3, prefix/2, next_grapheme/1, next_codepoint/1,
         uppercase/1, lowercase/1, titlecase/1, casefold/1,
         to_integer/1, to_float/1, list_to_integer/1, list_to_float/1]).
-export([len/1, concat/2, chr/2, rchr/2, str/2, rstr/2, span/2, cspan/2,
         substr/2, substr/3, tokens/2, join/2, chars/2, chars/3, copies/2,
         words/1, words/2, sub_word/2, sub_word/3, strip/1, strip/2, strip/3,
         left/2, left/3, right/2, right/3, centre/2, centre/3,
         sub_string/2, sub_string/3, to_lower/1, to_upper/1]).

%% ================================================================ chardata

%% The code points of chardata S (flat list).
cps(S) when is_list(S) ->
    case flat_cps(S, []) of
        {ok, L} -> L;
        {bad, R} -> erlang:error(R, [S])
    end;
cps(S) when is_binary(S) ->
    case bin_cps(S) of
        {ok, L} -> L;
        {bad, R} -> erlang:error(R, [S])
    end;
cps(S) -> erlang:error(function_clause, [S]).

flat_cps(S, Tail) ->
    case flat_rev(S, [], []) of
        {ok, Rev} -> {ok, lists:reverse(Rev, Tail)};
        Bad -> Bad
    end.

%% Walks deep chardata with an explicit stack of pending tails.
flat_rev([C | T], Stack, Acc) when is_integer(C), C >= 0, C =< 16#10FFFF ->
    flat_rev(T, Stack, [C | Acc]);
flat_rev([B | T], Stack, Acc) when is_binary(B) ->
    case bin_rev(B, Acc) of
        {ok, Acc1} -> flat_rev(T, Stack, Acc1);
        Bad -> Bad
    end;
flat_rev([L | T], Stack, Acc) when is_list(L) -> flat_rev(L, [T | Stack], Acc);
flat_rev([], [T | Stack], Acc) -> flat_rev(T, Stack, Acc);
flat_rev([], [], Acc) -> {ok, Acc};
flat_rev(B, Stack, Acc) when is_binary(B) ->
    case bin_rev(B, Acc) of
        {ok, Acc1} -> flat_rev([], Stack, Acc1);
        Bad -> Bad
    end;
flat_rev(_, _, _) -> {bad, function_clause}.

bin_cps(B) ->
    case bin_rev(B, []) of
        {ok, Rev} -> {ok, lists:reverse(Rev)};
        Bad -> Bad
    end.

bin_rev(<<C/utf8, T/binary>>, Acc) -> bin_rev(T, [C | Acc]);
bin_rev(<<>>, Acc) -> {ok, Acc};
bin_rev(B, _) -> {bad, {badarg, B}}.

%% A result of the input's kind.
out(Orig, L) when is_binary(Orig) -> unicode_bin(L);
out(_, L) -> L.

unicode_bin(L) -> << <<C/utf8>> || C <- L >>.

%% ================================================================ graphemes

%% {Grapheme, Rest}: a grapheme is a code point or a list of code points.
gc([$\r, $\n | T]) -> {[$\r, $\n], T};
gc([C | T]) when C < 16#20; C >= 16#7F, C =< 16#9F -> {C, T};
gc([C | T]) ->
    case is_control(C) of
        true -> {C, T};
        false ->
            case {is_ri(C), T} of
                {true, [C2 | T2]} ->
                    case is_ri(C2) of
                        true -> gc_ext(T2, [C2, C], false);
                        false -> gc_ext(T, [C], false)
                    end;
                _ -> gc_ext(T, [C], is_pict(C))
            end
    end.

%% Pict: the cluster started with an emoji, so a ZWJ may join the next one.
%% (As OTP does, a ZWJ after an emoji ends the cluster unless an emoji follows.)
gc_ext([E | T], [16#200D | _] = Acc, true) ->
    case is_pict(E) of
        true -> gc_ext(T, [E | Acc], true);
        false -> gc_done(Acc, [E | T])
    end;
gc_ext([E | T], Acc, Pict) ->
    case is_extend(E) of
        true -> gc_ext(T, [E | Acc], Pict);
        false -> gc_done(Acc, [E | T])
    end;
gc_ext([], Acc, _) -> gc_done(Acc, []).

gc_done([C], T) -> {C, T};
gc_done(Acc, T) -> {lists:reverse(Acc), T}.

is_extend(C) when C < 16#300 -> false;
is_extend(C) when C =< 16#36F -> true;
is_extend(C) when C >= 16#483, C =< 16#489 -> true;
is_extend(C) when C >= 16#591, C =< 16#5BD -> true;
is_extend(C) when C =:= 16#5BF; C =:= 16#5C1; C =:= 16#5C2; C =:= 16#5C4; C =:= 16#5C5; C =:= 16#5C7 -> true;
is_extend(C) when C >= 16#610, C =< 16#61A -> true;
is_extend(C) when C >= 16#64B, C =< 16#65F -> true;
is_extend(C) when C =:= 16#670 -> true;
is_extend(C) when C >= 16#6D6, C =< 16#6DC -> true;
is_extend(C) when C >= 16#6DF, C =< 16#6E4 -> true;
is_extend(C) when C >= 16#6E7, C =< 16#6E8 -> true;
is_extend(C) when C >= 16#6EA, C =< 16#6ED -> true;
is_extend(C) when C >= 16#1AB0, C =< 16#1AFF -> true;
is_extend(C) when C >= 16#1DC0, C =< 16#1DFF -> true;
is_extend(C) when C =:= 16#200C; C =:= 16#200D -> true;
is_extend(C) when C >= 16#20D0, C =< 16#20F0 -> true;
is_extend(C) when C >= 16#FE00, C =< 16#FE0F -> true;
is_extend(C) when C >= 16#FE20, C =< 16#FE2F -> true;
is_extend(C) when C >= 16#1F3FB, C =< 16#1F3FF -> true;
is_extend(C) when C >= 16#E0020, C =< 16#E007F -> true;
is_extend(C) when C >= 16#E0100, C =< 16#E01EF -> true;
is_extend(_) -> false.

%% Format and separator characters that break clusters like controls.
is_control(C) when C < 16#AD -> false;
is_control(C) ->
    C =:= 16#AD orelse C =:= 16#61C orelse C =:= 16#180E orelse C =:= 16#200B
        orelse C =:= 16#200E orelse C =:= 16#200F orelse C =:= 16#2028 orelse C =:= 16#2029
        orelse (C >= 16#202A andalso C =< 16#202E) orelse (C >= 16#2060 andalso C =< 16#2064)
        orelse (C >= 16#2066 andalso C =< 16#206F) orelse C =:= 16#FEFF
        orelse (C >= 16#FFF9 andalso C =< 16#FFFB).

is_pict(C) when C < 16#A9 -> false;
is_pict(C) when C >= 16#1F000 ->
    (C =< 16#1F0FF) orelse (C >= 16#1F200 andalso C =< 16#1FAFF
                            andalso not (C >= 16#1F3FB andalso C =< 16#1F3FF));
is_pict(C) ->
    C =:= 16#A9 orelse C =:= 16#AE orelse C =:= 16#203C orelse C =:= 16#2049
        orelse C =:= 16#2122 orelse C =:= 16#2139 orelse (C >= 16#2194 andalso C =< 16#2199)
        orelse (C >= 16#21A9 andalso C =< 16#21AA) orelse (C >= 16#231A andalso C =< 16#231B)
        orelse C =:= 16#2328 orelse C =:= 16#23CF orelse (C >= 16#23E9 andalso C =< 16#23F3)
        orelse (C >= 16#23F8 andalso C =< 16#23FA) orelse C =:= 16#24C2
        orelse (C >= 16#25AA andalso C =< 16#25AB) orelse C =:= 16#25B6 orelse C =:= 16#25C0
        orelse (C >= 16#25FB andalso C =< 16#25FE) orelse (C >= 16#2600 andalso C =< 16#27BF)
        orelse (C >= 16#2934 andalso C =< 16#2935) orelse (C >= 16#2B05 andalso C =< 16#2B07)
        orelse (C >= 16#2B1B andalso C =< 16#2B1C) orelse C =:= 16#2B50 orelse C =:= 16#2B55
        orelse C =:= 16#3030 orelse C =:= 16#303D orelse C =:= 16#3297 orelse C =:= 16#3299.

is_ri(C) -> C >= 16#1F1E6 andalso C =< 16#1F1FF.

graphemes([]) -> [];
graphemes(L) ->
    {G, T} = gc(L),
    [G | graphemes(T)].

%% Code points of a grapheme.
gcps(G) when is_integer(G) -> [G];
gcps(G) -> G.

glen(L) -> glen(L, 0).

glen([], N) -> N;
glen(L, N) ->
    {_, T} = gc(L),
    glen(T, N + 1).

%% ================================================================ unicode API

length(S) -> glen(cps(S)).

to_graphemes(S) -> graphemes(cps(S)).

reverse(S) -> lists:reverse(graphemes(cps(S))).

equal(A, B) -> cps(A) =:= cps(B).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) -> fold_cps(cps(A)) =:= fold_cps(cps(B)).

equal(A, B, IgnoreCase, none) -> equal(A, B, IgnoreCase);
equal(A, B, false, Norm) when Norm =:= nfc; Norm =:= nfd; Norm =:= nfkc; Norm =:= nfkd ->
    nfd(cps(A)) =:= nfd(cps(B));
equal(A, B, true, Norm) when Norm =:= nfc; Norm =:= nfd; Norm =:= nfkc; Norm =:= nfkd ->
    nfd(fold_cps(cps(A))) =:= nfd(fold_cps(cps(B))).

%% Canonical decomposition of the precomposed Latin-1 letters (enough to
%% compare "\x{E9}" with "e\x{301}"); other code points are kept.
nfd([16#FF | T]) -> [$y, 16#308 | nfd(T)];
nfd([C | T]) when C >= 16#C0, C =< 16#FF ->
    I = C band 31,
    case <<"12345607123512350412345001235200">> of
        <<_:I/binary, $0, _/binary>> -> [C | nfd(T)];
        <<_:I/binary, M, _/binary>> ->
            <<_:I/binary, Base, _/binary>> = <<"AAAAAA?CEEEEIIII?NOOOOO??UUUUY??">>,
            [Base + (C band 32), element(M - $0, {16#300, 16#301, 16#302, 16#303, 16#308, 16#30A, 16#327}) | nfd(T)]
    end;
nfd([C | T]) -> [C | nfd(T)];
nfd([]) -> [].

is_empty([]) -> true;
is_empty(<<>>) -> true;
is_empty([L | R]) -> is_empty(L) andalso is_empty(R);
is_empty(_) -> false.

slice(S, Start) -> slice(S, Start, infinity).

slice(S, _, 0) -> out(S, []);
slice(S, Start, Len) when is_integer(Start), Start >= 0, (is_integer(Len) andalso Len >= 0) orelse Len =:= infinity ->
    L = cps(S),
    out(S, take_g(drop_g(L, Start), Len)).

drop_g(L, 0) -> L;
drop_g([], _) -> [];
drop_g(L, N) ->
    {_, T} = gc(L),
    drop_g(T, N - 1).

take_g(L, infinity) -> L;
take_g(L, N) -> take_g(L, N, []).

take_g(_, 0, Acc) -> lists:reverse(Acc);
take_g([], _, Acc) -> lists:reverse(Acc);
take_g(L, N, Acc) ->
    {G, T} = gc(L),
    take_g(T, N - 1, lists:reverse(gcps(G), Acc)).

pad(S, Len) -> pad(S, Len, trailing, $\s).

pad(S, Len, Dir) -> pad(S, Len, Dir, $\s).

pad(S, Len, Dir, Char) when is_integer(Len) ->
    N = max(0, Len - length(S)),
    pad_1(S, N, Dir, Char).

pad_1(S, N, trailing, Char) -> [S | lists:duplicate(N, Char)];
pad_1(S, N, leading, Char) -> [lists:duplicate(N, Char), S];
pad_1(S, N, both, Char) ->
    L = N div 2,
    Extra = case N - L > L of
                true -> [Char];
                false -> []
            end,
    [lists:duplicate(L, Char), S, lists:duplicate(L, Char) | Extra].

%% ---------------------------------------------------------------- separators
%%
%% A separator set is {Graphemes, FirstCodePoints}. sep_step/2 moves over one
%% unit: a whole grapheme when the code point there starts a separator,
%% otherwise a single code point (which then is no separator).

seps(Seps) ->
    Gs = [norm_g(G) || G <- Seps],
    {Gs, [hd(gcps(G)) || G <- Gs, G =/= []]}.

norm_g([C]) when is_integer(C) -> C;
norm_g(G) -> G.

%% {IsSep, UnitCodePoints, Rest}
sep_step([C | T] = L, {Gs, Firsts}) ->
    case lists:member(C, Firsts) of
        true ->
            {G, Rest} = gc(L),
            {lists:member(G, Gs), gcps(G), Rest};
        false -> {false, [C], T}
    end.

whitespace() -> [[$\r, $\n], $\t, $\n, $\v, $\f, $\r, $\s, 16#85, 16#200E, 16#200F, 16#2028, 16#2029].

trim(S) -> trim(S, both, whitespace()).

trim(S, Dir) -> trim(S, Dir, whitespace()).

trim(S, Dir, Seps) when Dir =:= leading; Dir =:= trailing; Dir =:= both ->
    Set = seps(Seps),
    L = cps(S),
    L1 = case Dir of
             trailing -> L;
             _ -> trim_lead(L, Set)
         end,
    L2 = case Dir of
             leading -> L1;
             _ -> trim_trail(L1, Set, [], [])
         end,
    out(S, L2).

trim_lead([], _) -> [];
trim_lead(L, Set) ->
    case sep_step(L, Set) of
        {true, _, Rest} -> trim_lead(Rest, Set);
        {false, _, _} -> L
    end.

%% Kept: everything up to the last non-separator (reversed); Pending: the
%% separators seen after it (reversed).
trim_trail([], _, Kept, _) -> lists:reverse(Kept);
trim_trail(L, Set, Kept, Pending) ->
    case sep_step(L, Set) of
        {true, U, Rest} -> trim_trail(Rest, Set, Kept, lists:reverse(U, Pending));
        {false, U, Rest} -> trim_trail(Rest, Set, lists:reverse(U, Pending ++ Kept), [])
    end.

chomp(S) ->
    L = cps(S),
    out(S, lists:reverse(chomp_rev(lists:reverse(L)))).

chomp_rev([$\n, $\r | T]) -> chomp_rev(T);
chomp_rev([$\n | T]) -> chomp_rev(T);
chomp_rev(L) -> L.

take(S, Chars) -> take(S, Chars, false, leading).

take(S, Chars, Complement) -> take(S, Chars, Complement, leading).

take(S, Chars, Complement, Dir) when is_boolean(Complement) ->
    Set = seps(Chars),
    L = cps(S),
    {A, B} = case Dir of
                 leading -> take_lead(L, Set, Complement, []);
                 trailing when Complement -> take_trail_gc(L, Set, [], []);
                 trailing -> take_trail(L, Set, Complement, [], [])
             end,
    {out(S, A), out(S, B)}.

take_lead([], _, _, Acc) -> {lists:reverse(Acc), []};
take_lead(L, Set, Comp, Acc) ->
    {In, U, Rest} = sep_step(L, Set),
    case In =/= Comp of
        true -> take_lead(Rest, Set, Comp, lists:reverse(U, Acc));
        false -> {lists:reverse(Acc), L}
    end.

take_trail([], _, _, Head, Tail) -> {lists:reverse(Head), lists:reverse(Tail)};
take_trail(L, Set, Comp, Head, Tail) ->
    {In, U, Rest} = sep_step(L, Set),
    case In =/= Comp of
        true -> take_trail(Rest, Set, Comp, Head, lists:reverse(U, Tail));
        false -> take_trail(Rest, Set, Comp, lists:reverse(U, Tail ++ Head), [])
    end.

%% take(_, _, true, trailing) looks at whole clusters.
take_trail_gc([], _, Head, Tail) -> {lists:reverse(Head), lists:reverse(Tail)};
take_trail_gc(L, {Gs, _} = Set, Head, Tail) ->
    {G, Rest} = gc(L),
    U = gcps(G),
    case lists:member(G, Gs) of
        false -> take_trail_gc(Rest, Set, Head, lists:reverse(U, Tail));
        true -> take_trail_gc(Rest, Set, lists:reverse(U, Tail ++ Head), [])
    end.

lexemes(S, []) when is_binary(S) -> [S];
lexemes(S, Seps) ->
    Set = seps(Seps),
    [out(S, T) || T <- lexemes_1(cps(S), Set, [], [])].

lexemes_1([], _, Cur, Acc) -> lists:reverse(add_lexeme(Cur, Acc));
lexemes_1(L, Set, Cur, Acc) ->
    case sep_step(L, Set) of
        {true, _, Rest} -> lexemes_1(Rest, Set, [], add_lexeme(Cur, Acc));
        {false, U, Rest} -> lexemes_1(Rest, Set, lists:reverse(U, Cur), Acc)
    end.

add_lexeme([], Acc) -> Acc;
add_lexeme(Cur, Acc) -> [lists:reverse(Cur) | Acc].

nth_lexeme(S, N, Seps) when is_integer(N), N > 0 ->
    case drop(N - 1, lexemes_list(cps(S), seps(Seps))) of
        [T | _] -> out(S, T);
        [] -> out(S, [])
    end.

drop(0, L) -> L;
drop(_, []) -> [];
drop(N, [_ | T]) -> drop(N - 1, T).

lexemes_list(L, Set) -> lexemes_1(L, Set, [], []).

%% ---------------------------------------------------------------- patterns

%% Does the pattern P (code points) match at L, ending on a grapheme boundary?
%% Returns the rest after the match, or nomatch.
match_at(L, P) -> match_at(L, P, P).

match_at(L, [], _) -> L;
match_at([], _, _) -> nomatch;
match_at(L, P, P0) ->
    {G, Rest} = gc(L),
    case prefix_of(gcps(G), P) of
        {ok, P1} -> match_at(Rest, P1, P0);
        nomatch -> nomatch
    end.

prefix_of([C | Cs], [C | Ps]) -> prefix_of(Cs, Ps);
prefix_of([], Ps) -> {ok, Ps};
prefix_of(_, _) -> nomatch.

%% Matches are tried at every code point (so "\n" is found inside "\r\n"),
%% and count when the pattern's graphemes are the string's graphemes there.

%% First match: {Before, After} or nomatch.
find_first(L, P) -> find_first(L, P, []).

find_first([], _, _) -> nomatch;
find_first([C | T] = L, [C | _] = P, Acc) ->
    case match_at(L, P) of
        nomatch -> find_first(T, P, [C | Acc]);
        After -> {lists:reverse(Acc), After}
    end;
find_first([C | T], P, Acc) -> find_first(T, P, [C | Acc]).

%% Last match: {BeforeReversed, After} or nomatch.
find_last(L, P) -> find_last(L, P, [], nomatch).

find_last([], _, _, Found) -> Found;
find_last([C | T] = L, [C | _] = P, Acc, Found) ->
    Found1 = case match_at(L, P) of
                 nomatch -> Found;
                 After -> {Acc, After}
             end,
    find_last(T, P, [C | Acc], Found1);
find_last([C | T], P, Acc, Found) -> find_last(T, P, [C | Acc], Found).

split(S, Pattern) -> split(S, Pattern, leading).

split(S, Pattern, Where) when Where =:= leading; Where =:= trailing; Where =:= all ->
    P = cps(Pattern),
    L = cps(S),
    Parts = case P of
                [] -> [L];
                _ -> split_1(L, P, Where)
            end,
    [out(S, X) || X <- Parts].

split_1(L, P, leading) ->
    case find_first(L, P) of
        nomatch -> [L];
        {A, B} -> [A, B]
    end;
split_1(L, P, trailing) ->
    case find_last(L, P) of
        nomatch -> [L];
        {ARev, B} -> [lists:reverse(ARev), B]
    end;
split_1(L, P, all) ->
    case find_first(L, P) of
        nomatch -> [L];
        {A, B} -> [A | split_1(B, P, all)]
    end.

replace(S, Pattern, Replacement) -> replace(S, Pattern, Replacement, leading).

replace(S, Pattern, Replacement, Where) ->
    lists:join(Replacement, split(S, Pattern, Where)).

find(S, Pattern) -> find(S, Pattern, leading).

find(S, Pattern, Dir) when Dir =:= leading; Dir =:= trailing ->
    P = cps(Pattern),
    L = cps(S),
    case P of
        [] -> out(S, L);
        _ ->
            R = case Dir of
                    leading -> find_first(L, P);
                    trailing -> find_last(L, P)
                end,
            case R of
                nomatch -> nomatch;
                {_, After} -> out(S, P ++ After)
            end
    end.

prefix(S, Prefix) ->
    P = cps(Prefix),
    L = cps(S),
    case P of
        [] -> S;
        _ ->
            case match_at(L, P) of
                nomatch -> nomatch;
                Rest -> out(S, Rest)
            end
    end.

next_grapheme(S) ->
    case cps(S) of
        [] -> [];
        L ->
            {G, Rest} = gc(L),
            [G | out(S, Rest)]
    end.

next_codepoint(S) ->
    case cps(S) of
        [] -> [];
        [C | Rest] -> [C | out(S, Rest)]
    end.

%% ================================================================ case

uppercase(S) -> out(S, map_cps(fun upper_cps/1, case_cps(S))).

lowercase(S) -> out(S, map_cps(fun lower_cps/1, case_cps(S))).

casefold(S) -> out(S, fold_cps(case_cps(S))).

%% As OTP: a term that is neither a list nor valid UTF-8 fails with {badarg, S}.
case_cps(S) when is_list(S) -> cps(S);
case_cps(S) when is_binary(S) ->
    case bin_cps(S) of
        {ok, L} -> L;
        _ -> erlang:error({badarg, S})
    end;
case_cps(S) -> erlang:error({badarg, S}).

titlecase(S) ->
    case cps(S) of
        [] -> out(S, []);
        L ->
            {G, Rest} = gc(L),
            [C | Cs] = gcps(G),
            out(S, title_cps(C) ++ Cs ++ Rest)
    end.

fold_cps(L) -> map_cps(fun fold_cp/1, L).

map_cps(F, [C | T]) ->
    case F(C) of
        [X] -> [X | map_cps(F, T)];
        Xs -> Xs ++ map_cps(F, T)
    end;
map_cps(_, []) -> [].

%% Full case mappings to code point lists.
upper_cps($ß) -> "SS";
upper_cps(16#FB00) -> "FF";
upper_cps(16#FB01) -> "FI";
upper_cps(16#FB02) -> "FL";
upper_cps(16#FB03) -> "FFI";
upper_cps(16#FB04) -> "FFL";
upper_cps(16#149) -> [16#2BC, $N];
upper_cps(C) -> [upper(C)].

lower_cps(16#130) -> [$i, 16#307];
lower_cps(C) -> [lower(C)].

title_cps($ß) -> "Ss";
title_cps(16#FB00) -> "Ff";
title_cps(16#FB01) -> "Fi";
title_cps(16#FB02) -> "Fl";
title_cps(C) when C >= 16#1C4, C =< 16#1CC ->
    [case (C - 16#1C4) div 3 of 0 -> 16#1C5; 1 -> 16#1C8; 2 -> 16#1CB end];
title_cps(C) when C >= 16#1F1, C =< 16#1F3 -> [16#1F2];
title_cps(C) -> upper_cps(C).

fold_cp($ß) -> "ss";
fold_cp(16#FB00) -> "ff";
fold_cp(16#FB01) -> "fi";
fold_cp(16#FB02) -> "fl";
fold_cp(16#FB03) -> "ffi";
fold_cp(16#FB04) -> "ffl";
fold_cp(16#130) -> [$i, 16#307];
fold_cp(16#B5) -> [16#3BC];
fold_cp(16#3C2) -> [16#3C3];
fold_cp(16#17F) -> [$s];
fold_cp(16#212A) -> [$k];
fold_cp(16#212B) -> [16#E5];
fold_cp(16#149) -> [16#2BC, $n];
fold_cp(C) -> [lower(C)].

%% Simple (one to one) mappings.
upper(C) when C >= $a, C =< $z -> C - 32;
upper(C) when C < 16#B5 -> C;
upper(16#B5) -> 16#39C;
upper(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
upper(16#FF) -> 16#178;
upper(C) when C >= 16#100, C =< 16#137, C rem 2 =:= 1 -> C - 1;
upper(C) when C >= 16#139, C =< 16#148, C rem 2 =:= 0 -> C - 1;
upper(C) when C >= 16#14A, C =< 16#177, C rem 2 =:= 1 -> C - 1;
upper(C) when C >= 16#179, C =< 16#17E, C rem 2 =:= 0 -> C - 1;
upper(16#17F) -> $S;
upper(C) when C >= 16#1C4, C =< 16#1CC -> 16#1C4 + 3 * ((C - 16#1C4) div 3);
upper(C) when C >= 16#1F1, C =< 16#1F3 -> 16#1F1;
upper(16#3AC) -> 16#386;
upper(C) when C >= 16#3AD, C =< 16#3AF -> C - 37;
upper(C) when C >= 16#3B1, C =< 16#3C1 -> C - 32;
upper(16#3C2) -> 16#3A3;
upper(C) when C >= 16#3C3, C =< 16#3CB -> C - 32;
upper(16#3CC) -> 16#38C;
upper(C) when C >= 16#3CD, C =< 16#3CE -> C - 63;
upper(C) when C >= 16#430, C =< 16#44F -> C - 32;
upper(C) when C >= 16#450, C =< 16#45F -> C - 80;
upper(C) when C >= 16#460, C =< 16#481, C rem 2 =:= 1 -> C - 1;
upper(C) when C >= 16#48A, C =< 16#4BF, C rem 2 =:= 1 -> C - 1;
upper(C) when C >= 16#561, C =< 16#586 -> C - 48;
upper(C) -> C.

lower(C) when C >= $A, C =< $Z -> C + 32;
lower(C) when C < 16#C0 -> C;
lower(C) when C =< 16#DE, C =/= 16#D7 -> C + 32;
lower(C) when C >= 16#100, C =< 16#137, C rem 2 =:= 0 -> C + 1;
lower(C) when C >= 16#139, C =< 16#148, C rem 2 =:= 1 -> C + 1;
lower(C) when C >= 16#14A, C =< 16#177, C rem 2 =:= 0 -> C + 1;
lower(16#178) -> 16#FF;
lower(C) when C >= 16#179, C =< 16#17E, C rem 2 =:= 1 -> C + 1;
lower(C) when C >= 16#1C4, C =< 16#1CC -> 16#1C6 + 3 * ((C - 16#1C4) div 3);
lower(C) when C >= 16#1F1, C =< 16#1F3 -> 16#1F3;
lower(16#386) -> 16#3AC;
lower(C) when C >= 16#388, C =< 16#38A -> C + 37;
lower(16#38C) -> 16#3CC;
lower(C) when C >= 16#38E, C =< 16#38F -> C + 63;
lower(C) when C >= 16#391, C =< 16#3AB, C =/= 16#3A2 -> C + 32;
lower(C) when C >= 16#400, C =< 16#40F -> C + 80;
lower(C) when C >= 16#410, C =< 16#42F -> C + 32;
lower(C) when C >= 16#460, C =< 16#481, C rem 2 =:= 0 -> C + 1;
lower(C) when C >= 16#48A, C =< 16#4BF, C rem 2 =:= 0 -> C + 1;
lower(C) when C >= 16#531, C =< 16#556 -> C + 48;
lower(16#212A) -> $k;
lower(16#212B) -> 16#E5;
lower(C) -> C.

%% ================================================================ numbers

to_integer(S) ->
    case num_input(S) of
        {ok, L} ->
            case parse_int(L) of
                {ok, N, Rest} -> {N, num_rest(S, Rest)};
                error -> {error, no_integer}
            end;
        error -> {error, badarg}
    end.

to_float(S) ->
    case num_input(S) of
        {ok, L} ->
            case parse_float(L) of
                {ok, F, Rest} -> {F, num_rest(S, Rest)};
                error -> {error, no_float}
            end;
        error -> {error, badarg}
    end.

num_input(S) when is_binary(S); is_list(S) ->
    R = case is_binary(S) of
            true -> bin_cps(S);
            false -> flat_cps(S, [])
        end,
    case R of
        {ok, L} -> {ok, L};
        {bad, _} -> error
    end;
num_input(_) -> error.

num_rest(S, Rest) when is_binary(S) -> unicode_bin(Rest);
num_rest(_, Rest) -> Rest.

%% The string module's own list_to_integer/list_to_float (flat lists).
list_to_integer(L) when is_list(L) ->
    case parse_int(L) of
        {ok, N, Rest} -> {N, Rest};
        error -> {error, no_integer}
    end;
list_to_integer(_) -> {error, not_a_list}.

list_to_float(L) when is_list(L) ->
    case parse_float(L) of
        {ok, F, Rest} -> {F, Rest};
        error -> {error, no_float}
    end;
list_to_float(_) -> {error, not_a_list}.

parse_int([$- | T]) -> parse_int_1(T, $-);
parse_int([$+ | T]) -> parse_int_1(T, $+);
parse_int(L) -> parse_int_1(L, $+).

parse_int_1(L, Sign) ->
    case digits(L, []) of
        {[], _} -> error;
        {Ds, Rest} ->
            N = erlang:list_to_integer(Ds),
            {ok, case Sign of $- -> -N; $+ -> N end, Rest}
    end.

digits([D | T], Acc) when D >= $0, D =< $9 -> digits(T, [D | Acc]);
digits(L, Acc) -> {lists:reverse(Acc), L}.

parse_float(L0) ->
    {Sign, L} = case L0 of
                    [$- | T] -> {"-", T};
                    [$+ | T] -> {"", T};
                    _ -> {"", L0}
                end,
    case digits(L, []) of
        {[], _} -> error;
        {Int, [Dot | L2]} when Dot =:= $.; Dot =:= $, ->
            case digits(L2, []) of
                {[], _} -> error;
                {Frac, L3} ->
                    {Exp, Rest} = exponent(L3),
                    try erlang:list_to_float(Sign ++ Int ++ "." ++ Frac ++ Exp) of
                        F -> {ok, F, Rest}
                    catch
                        error:badarg -> error
                    end
            end;
        {_, _} -> error
    end.

exponent([E | T] = L) when E =:= $e; E =:= $E ->
    {S, T2} = case T of
                  [$- | T1] -> {"-", T1};
                  [$+ | T1] -> {"+", T1};
                  _ -> {"", T}
              end,
    case digits(T2, []) of
        {[], _} -> {"", L};
        {Ds, Rest} -> {[$e | S ++ Ds], Rest}
    end;
exponent(L) -> {"", L}.

%% ================================================================ old API (flat strings)

len(S) -> erlang:length(S).

concat(S1, S2) -> S1 ++ S2.

chr(S, C) when is_integer(C) -> chr(S, C, 1).

chr([C | _], C, I) -> I;
chr([_ | T], C, I) -> chr(T, C, I + 1);
chr([], _, _) -> 0.

rchr(S, C) when is_integer(C) -> rchr(S, C, 1, 0).

rchr([C | T], C, I, _) -> rchr(T, C, I + 1, I);
rchr([_ | T], C, I, L) -> rchr(T, C, I + 1, L);
rchr([], _, _, L) -> L.

str(S, Sub) when is_list(Sub) -> str(S, Sub, 1).

str([C | T] = S, [C | Sub1] = Sub, I) ->
    case lists:prefix(Sub1, T) of
        true -> I;
        false -> str(tl(S), Sub, I + 1)
    end;
str([_ | T], Sub, I) -> str(T, Sub, I + 1);
str([], _, _) -> 0.

rstr(S, Sub) when is_list(Sub) -> rstr(S, Sub, 1, 0).

rstr([C | T] = S, [C | Sub1] = Sub, I, L) ->
    case lists:prefix(Sub1, T) of
        true -> rstr(tl(S), Sub, I + 1, I);
        false -> rstr(tl(S), Sub, I + 1, L)
    end;
rstr([_ | T], Sub, I, L) -> rstr(T, Sub, I + 1, L);
rstr([], _, _, L) -> L.

span(S, Cs) when is_list(Cs) -> span(S, Cs, 0).

span([C | T], Cs, I) ->
    case lists:member(C, Cs) of
        true -> span(T, Cs, I + 1);
        false -> I
    end;
span([], _, I) -> I.

cspan(S, Cs) when is_list(Cs) -> cspan(S, Cs, 0).

cspan([C | T], Cs, I) ->
    case lists:member(C, Cs) of
        true -> I;
        false -> cspan(T, Cs, I + 1)
    end;
cspan([], _, I) -> I.

substr(S, 1) when is_list(S) -> S;
substr([_ | T], Start) when is_integer(Start), Start > 1 -> substr(T, Start - 1).

substr(S, Start, Len) when is_integer(Start), Start >= 1, is_integer(Len), Len >= 0 ->
    lists:sublist(substr(S, Start), Len).

sub_string(S, Start) -> substr(S, Start).

sub_string(S, Start, Stop) -> substr(S, Start, Stop - Start + 1).

tokens(S, Seps) ->
    case Seps of
        [] ->
            case S of
                [] -> [];
                [_ | _] -> [S]
            end;
        [_ | _] -> tokens_1(lists:reverse(S), Seps, [], [])
    end.

%% Walks the reversed string, so tokens come out in order.
tokens_1([C | T], Seps, Cur, Acc) ->
    case lists:member(C, Seps) of
        true -> tokens_1(T, Seps, [], add_token(Cur, Acc));
        false -> tokens_1(T, Seps, [C | Cur], Acc)
    end;
tokens_1([], _, Cur, Acc) -> add_token(Cur, Acc).

add_token([], Acc) -> Acc;
add_token(Cur, Acc) -> [Cur | Acc].

join([], Sep) when is_list(Sep) -> [];
join([H | T], Sep) -> H ++ lists:append([Sep ++ X || X <- T]).

chars(C, N) -> chars(C, N, []).

chars(C, N, Tail) when N > 0 -> chars(C, N - 1, [C | Tail]);
chars(C, 0, Tail) when is_integer(C) -> Tail.

copies(S, N) when is_list(S), is_integer(N), N >= 0 -> copies_1(S, N, []).

copies_1(_, 0, Acc) -> Acc;
copies_1(S, N, Acc) -> copies_1(S, N - 1, S ++ Acc).

words(S) -> words(S, $\s).

%% Separator runs inside the stripped string, plus one.
words(S, C) when is_integer(C) -> words_1(strip(S, both, C), C, 0).

words_1([], _, N) -> N + 1;
words_1([C | T], C, N) -> words_1(strip(T, left, C), C, N + 1);
words_1([_ | T], C, N) -> words_1(T, C, N).

sub_word(S, N) -> sub_word(S, N, $\s).

sub_word(S, N, C) when is_integer(N), is_integer(C) ->
    case words(S, C) of
        W when W < N -> [];
        _ -> sub_word_1(strip(S, left, C), N, C, 1, [])
    end.

%% I: the number of the word being walked; Acc: the wanted word (reversed).
sub_word_1([], _, _, _, Acc) -> lists:reverse(Acc);
sub_word_1([C | _], N, C, N, Acc) -> lists:reverse(Acc);
sub_word_1([H | T], N, C, N, Acc) -> sub_word_1(T, N, C, N, [H | Acc]);
sub_word_1([C | T], N, C, I, Acc) when I < N -> sub_word_1(strip(T, left, C), N, C, I + 1, Acc);
sub_word_1([_ | T], N, C, I, Acc) when I < N -> sub_word_1(T, N, C, I, Acc).

strip(S) -> strip(S, both, $\s).

strip(S, Dir) -> strip(S, Dir, $\s).

strip(S, left, C) when is_integer(C) -> strip_left(S, C);
strip(S, right, C) when is_integer(C) -> strip_right(S, C);
strip(S, both, C) when is_integer(C) -> strip_right(strip_left(S, C), C).

strip_left([C | T], C) -> strip_left(T, C);
strip_left([_ | _] = S, _) -> S;
strip_left([], _) -> [].

strip_right([C | T], C) ->
    case strip_right(T, C) of
        [] -> [];
        R -> [C | R]
    end;
strip_right([H | T], C) -> [H | strip_right(T, C)];
strip_right([], _) -> [].

left(S, N) when is_integer(N) -> left(S, N, $\s).

left(S, N, C) when is_integer(C) ->
    L = erlang:length(S),
    if
        L > N -> substr(S, 1, N);
        L < N -> S ++ chars(C, N - L);
        L =:= N -> S
    end.

right(S, N) when is_integer(N) -> right(S, N, $\s).

right(S, N, C) when is_integer(C) ->
    L = erlang:length(S),
    if
        L > N -> substr(S, L - N + 1);
        L < N -> chars(C, N - L, S);
        L =:= N -> S
    end.

centre(S, N) when is_integer(N) -> centre(S, N, $\s).

centre(S, 0, C) when is_list(S), is_integer(C) -> [];
centre(S, N, C) when is_integer(C) ->
    L = erlang:length(S),
    if
        L > N -> substr(S, (L - N) div 2 + 1, N);
        L < N ->
            Left = (N - L) div 2,
            chars(C, Left, S ++ chars(C, N - L - Left));
        L =:= N -> S
    end.

to_lower(S) when is_list(S) -> [to_lower_char(C) || C <- S];
to_lower(C) when is_integer(C) -> to_lower_char(C).

to_upper(S) when is_list(S) -> [to_upper_char(C) || C <- S];
to_upper(C) when is_integer(C) -> to_upper_char(C).

to_lower_char(C) when is_integer(C), C >= $A, C =< $Z -> C + 32;
to_lower_char(C) when is_integer(C), C >= 16#C0, C =< 16#D6 -> C + 32;
to_lower_char(C) when is_integer(C), C >= 16#D8, C =< 16#DE -> C + 32;
to_lower_char(C) -> C.

to_upper_char(C) when is_integer(C), C >= $a, C =< $z -> C - 32;
to_upper_char(C) when is_integer(C), C >= 16#E0, C =< 16#F6 -> C - 32;
to_upper_char(C) when is_integer(C), C >= 16#F8, C =< 16#FE -> C - 32;
to_upper_char(C) -> C.
