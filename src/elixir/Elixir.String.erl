%% String: UTF-8 binaries; lengths, indexes and slices count graphemes (as
%% string:next_grapheme/1 splits them); case mapping and trimming through the
%% string module; splitting and replacing through binary.
-module('Elixir.String').
-export([length/1, graphemes/1, codepoints/1, reverse/1, upcase/1, downcase/1, capitalize/1,
         trim/1, trim/2, trim_leading/1, trim_leading/2, trim_trailing/1, trim_trailing/2,
         split/1, split/2, split/3, split_at/2, 'contains?'/2, replace/3, replace/4,
         'starts_with?'/2, 'ends_with?'/2, to_integer/1, to_integer/2, to_float/1,
         duplicate/2, slice/2, slice/3, at/2, first/1, last/1, pad_leading/2, pad_leading/3,
         pad_trailing/2, pad_trailing/3, to_atom/1, to_existing_atom/1, to_charlist/1,
         'equivalent?'/2, 'valid?'/1, 'printable?'/1, next_grapheme/1, next_codepoint/1,
         replace_prefix/3, replace_suffix/3]).

length(S) when is_binary(S) -> string:length(S).

graphemes(S) when is_binary(S) -> gs(S, []).
gs(S, Acc) ->
    case string:next_grapheme(S) of
        [G | Rest] -> gs(Rest, [gbin(G) | Acc]);
        [] -> lists:reverse(Acc)
    end.
gbin(G) when is_integer(G) -> <<G/utf8>>;
gbin(G) -> unicode:characters_to_binary(G).

next_grapheme(<<>>) -> nil;
next_grapheme(S) -> [G | Rest] = string:next_grapheme(S), {gbin(G), Rest}.
next_codepoint(<<C/utf8, R/binary>>) -> {<<C/utf8>>, R};
next_codepoint(<<C, R/binary>>) -> {<<C>>, R};
next_codepoint(<<>>) -> nil.

codepoints(S) -> [<<C/utf8>> || <<C/utf8>> <= S].

reverse(S) -> iolist_to_binary(lists:reverse(graphemes(S))).

upcase(S) when is_binary(S) -> string:uppercase(S).
downcase(S) when is_binary(S) -> string:lowercase(S).
capitalize(S) when is_binary(S) ->
    case next_grapheme(S) of
        nil -> <<>>;
        {G, Rest} -> <<(string:titlecase(G))/binary, (downcase(Rest))/binary>>
    end.

trim(S) -> string:trim(S, both).
trim_leading(S) -> string:trim(S, leading).
trim_trailing(S) -> string:trim(S, trailing).
trim(S, T) -> trim_trailing(trim_leading(S, T), T).
trim_leading(S, T) ->
    N = byte_size(T),
    case S of
        <<T:N/binary, R/binary>> when N > 0 -> trim_leading(R, T);
        _ -> S
    end.
trim_trailing(S, T) ->
    N = byte_size(T),
    M = byte_size(S) - N,
    case S of
        <<R:M/binary, T:N/binary>> when N > 0 -> trim_trailing(R, T);
        _ -> S
    end.

%% Unicode whitespace as String.split/1 and String.trim/1 know it.
split(S) -> [P || P <- string:lexemes(S, [$\s, $\t, $\n, $\v, $\f, $\r, 16#85, 16#A0, 16#1680,
                                          16#2000, 16#2001, 16#2002, 16#2003, 16#2004, 16#2005,
                                          16#2006, 16#2008, 16#2009, 16#200A, 16#2028, 16#2029,
                                          16#202F, 16#205F, 16#3000, [$\r, $\n]]), P =/= <<>>].
split(S, P) -> split(S, P, []).
split(S, P, Opts) ->
    Parts = case proplists:get_value(parts, Opts, infinity) of
                infinity -> infinity;
                N -> N - 1
            end,
    Pats = case P of
               _ when is_list(P) -> [X || X <- P, X =/= <<>>];
               _ -> [P || P =/= <<>>]
           end,
    Trim = proplists:get_value(trim, Opts, false),
    case Pats of
        [] when Trim -> split_empty(graphemes(S), Parts);
        [] -> split_empty([<<>> | graphemes(S)] ++ [<<>>], Parts);
        _ -> split_n(S, Pats, Parts, Trim)
    end.

%% Splitting at every grapheme boundary: "", each grapheme, "" (without the
%% empty ends when trimming); the last of N parts holds the rest.
split_empty(Pieces, N) when N =:= infinity; erlang:length(Pieces) =< N + 1 -> Pieces;
split_empty(Pieces, N) ->
    {A, B} = lists:split(N, Pieces),
    A ++ [iolist_to_binary(B)].

%% N more splits allowed; when trimming, empty pieces are dropped and not
%% counted, and the rest is kept unless empty.
split_n(S, _, 0, Trim) -> [S || not Trim orelse S =/= <<>>];
split_n(S, Pats, N, Trim) ->
    case binary:split(S, Pats) of
        [<<>>, B] when Trim -> split_n(B, Pats, N, Trim);
        [A, B] -> [A | split_n(B, Pats, case N of infinity -> N; _ -> N - 1 end, Trim)];
        [A] -> [A || not Trim orelse A =/= <<>>]
    end.

split_at(S, I) ->
    Gs = graphemes(S),
    N = erlang:length(Gs),
    J = case I < 0 of true -> max(0, N + I); false -> min(I, N) end,
    {A, B} = lists:split(J, Gs),
    {iolist_to_binary(A), iolist_to_binary(B)}.

'contains?'(S, Ps) when is_list(Ps) -> lists:any(fun(P) -> 'contains?'(S, P) end, Ps);
'contains?'(_, <<>>) -> true;
'contains?'(S, P) -> binary:match(S, P) =/= nomatch.

replace(S, P, R) -> replace(S, P, R, []).
replace(S, <<>>, R, Opts) ->
    Rep = fun(G) -> case is_function(R, 1) of true -> R(G); false -> R end end,
    case proplists:get_value(global, Opts, true) of
        true -> iolist_to_binary([[Rep(<<>>), G] || G <- graphemes(S)] ++ [Rep(<<>>)]);
        false -> <<(Rep(<<>>))/binary, S/binary>>
    end;
replace(S, P, R, Opts) ->
    Global = proplists:get_value(global, Opts, true),
    Pats = case is_list(P) of true -> P; false -> [P] end,
    Ms = case binary:matches(S, Pats) of
             [M | _] when not Global -> [M];
             Ms0 -> Ms0
         end,
    iolist_to_binary(replace_at(S, 0, Ms, R)).

replace_at(S, Pos, [], _) -> [binary:part(S, Pos, byte_size(S) - Pos)];
replace_at(S, Pos, [{At, Len} | T], R) ->
    Rep = case is_function(R, 1) of
              true -> R(binary:part(S, At, Len));
              false -> R
          end,
    [binary:part(S, Pos, At - Pos), Rep | replace_at(S, At + Len, T, R)].

replace_prefix(S, P, R) ->
    N = byte_size(P),
    case S of
        <<P:N/binary, Rest/binary>> -> <<R/binary, Rest/binary>>;
        _ -> S
    end.
replace_suffix(S, P, R) ->
    N = byte_size(S) - byte_size(P),
    case S of
        <<Rest:N/binary, P/binary>> when N >= 0 -> <<Rest/binary, R/binary>>;
        _ -> S
    end.

'starts_with?'(S, Ps) when is_list(Ps) -> lists:any(fun(P) -> 'starts_with?'(S, P) end, Ps);
'starts_with?'(S, P) ->
    N = byte_size(P),
    case S of <<P:N/binary, _/binary>> -> true; _ -> false end.
'ends_with?'(S, Ps) when is_list(Ps) -> lists:any(fun(P) -> 'ends_with?'(S, P) end, Ps);
'ends_with?'(S, P) ->
    N = byte_size(S) - byte_size(P),
    N >= 0 andalso binary:part(S, N, byte_size(P)) =:= P.

to_integer(S) -> binary_to_integer(S).
to_integer(S, Base) -> binary_to_integer(S, Base).
to_float(S) -> binary_to_float(S).

duplicate(S, N) -> binary:copy(S, N).

slice(S, #{'__struct__' := 'Elixir.Range', first := F, last := L}) ->
    Gs = graphemes(S),
    N = erlang:length(Gs),
    First = case F < 0 of true -> max(0, F + N); false -> F end,
    Last = case L < 0 of true -> L + N; false -> min(L, N - 1) end,
    case First < N andalso Last >= First of
        true -> iolist_to_binary(lists:sublist(Gs, First + 1, Last - First + 1));
        false -> <<>>
    end.
slice(_, _, 0) -> <<>>;
slice(S, Start, Len) ->
    Gs = graphemes(S),
    N = erlang:length(Gs),
    St = case Start < 0 of true -> max(0, N + Start); false -> Start end,
    case St >= N of
        true -> <<>>;
        false -> iolist_to_binary(lists:sublist(Gs, St + 1, Len))
    end.

at(S, I) ->
    Gs = graphemes(S),
    N = erlang:length(Gs),
    J = case I < 0 of true -> N + I; false -> I end,
    case J >= 0 andalso J < N of
        true -> lists:nth(J + 1, Gs);
        false -> nil
    end.

first(S) -> case next_grapheme(S) of nil -> nil; {G, _} -> G end.
last(S) -> case graphemes(S) of [] -> nil; Gs -> lists:last(Gs) end.

pad_leading(S, N) -> pad_leading(S, N, <<" ">>).
pad_leading(S, N, P) -> <<(padding(S, N, P))/binary, S/binary>>.
pad_trailing(S, N) -> pad_trailing(S, N, <<" ">>).
pad_trailing(S, N, P) -> <<S/binary, (padding(S, N, P))/binary>>.
padding(S, N, P) ->
    Need = N - string:length(S),
    case Need > 0 of
        true ->
            Gs = graphemes(P),
            Reps = lists:append(lists:duplicate(Need div erlang:length(Gs) + 1, Gs)),
            iolist_to_binary(lists:sublist(Reps, Need));
        false -> <<>>
    end.

to_atom(S) -> binary_to_atom(S).
to_existing_atom(S) -> binary_to_existing_atom(S).
to_charlist(S) -> unicode:characters_to_list(S).

'equivalent?'(A, B) -> A =:= B.

'valid?'(<<_/utf8, R/binary>>) -> 'valid?'(R);
'valid?'(<<>>) -> true;
'valid?'(_) -> false.

'printable?'(S) -> 'Elixir.Inspect':'printable?'(S).
