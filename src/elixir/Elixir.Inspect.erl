%% Inspect: Elixir's inspect format for the basic types (integers, floats, atoms,
%% strings, bitstrings, charlists, lists, keyword lists, tuples, maps, structs,
%% ranges, MapSets, pids, refs, funs), laid out by a small document algebra that
%% follows Elixir 1.14's pretty printer: flex containers fill lines, strict ones
%% put one element per line; width 80; element limit 50; printable limit 4096.
%%
%% Documents: binary | nil | {cons, A, B} | {nest, D, N} | {brk, S, flex|strict}
%% | {group, D}.
-module('Elixir.Inspect').
-export(['printable?'/1, inspect/2, to_iodata/3, opts/2, atom_key/1, atom_literal/1, float_str/1]).

%% Options as a map: limit, printable_limit, width, charlists (infer | as_lists |
%% as_charlists), pretty, structs; made from the keyword list a caller passes.
opts(List, Width) when is_list(List) ->
    O0 = #{limit => 50, printable_limit => 4096, width => Width, charlists => infer,
           structs => true, pretty => false},
    lists:foldl(fun opt/2, O0, List);
opts(O, _) when is_map(O) -> O.

opt({limit, L}, O) -> O#{limit := L};
opt({printable_limit, L}, O) -> O#{printable_limit := L};
opt({width, W}, O) -> O#{width := W};
opt({charlists, C}, O) -> O#{charlists := C};
opt({structs, S}, O) -> O#{structs := S};
opt({pretty, P}, O) -> O#{pretty := P};
opt(_, O) -> O.

%% Kernel.inspect/2: width 80 only when pretty, else one line.
inspect(Term, OptList) ->
    O = opts(OptList, 80),
    W = case O of #{pretty := true} -> maps:get(width, O); _ -> infinity end,
    iolist_to_binary(format(W, {group, doc(Term, O)})).

%% IO.inspect: always laid out to the width (80 unless given).
to_iodata(Term, OptList, Width) ->
    O = opts(OptList, Width),
    format(maps:get(width, O), {group, doc(Term, O)}).

%% ---------------------------------------------------------------- terms

doc(T, _) when is_integer(T) -> integer_to_binary(T);
doc(T, _) when is_float(T) -> float_str(T);
doc(T, _) when is_atom(T) -> atom_literal(T);
doc(T, O) when is_binary(T) -> string(T, O);
doc(T, O) when is_bitstring(T) -> bits(T, O);
doc([], _) -> <<"[]">>;
doc(T, O) when is_list(T) -> list(T, O);
doc(T, O) when is_tuple(T) ->
    container(<<"{">>, tuple_to_list(T), <<"}">>, O, fun doc/2, flex);
doc(#{'__struct__' := M} = T, O) when is_atom(M) ->
    case maps:get(structs, O) of
        true -> struct(M, T, O);
        false -> map(T, <<>>, O)
    end;
doc(T, O) when is_map(T) -> map(T, <<>>, O);
doc(T, _) when is_pid(T) -> iolist_to_binary(["#PID", pid_to_list(T)]);
doc(T, _) when is_reference(T) ->
    "#Ref" ++ Rest = ref_to_list(T),
    iolist_to_binary(["#Reference", Rest]);
doc(T, _) when is_port(T) ->
    "#Port" ++ Rest = erlang:port_to_list(T),
    iolist_to_binary(["#Port", Rest]);
doc(T, _) when is_function(T) -> function(T).

function(F) ->
    {arity, A} = erlang:fun_info(F, arity),
    case erlang:fun_info(F, type) of
        {type, external} ->
            {module, M} = erlang:fun_info(F, module),
            {name, N} = erlang:fun_info(F, name),
            iolist_to_binary(["&", atom_literal(M), ".", fun_name(N), "/", integer_to_binary(A)]);
        _ ->
            {module, M} = erlang:fun_info(F, module),
            {name, N} = erlang:fun_info(F, name),
            iolist_to_binary(["#Function<", integer_to_binary(A), " in ",
                              atom_literal(M), ".", atom_to_binary(N), ">"])
    end.

fun_name(N) ->
    case ident(atom_to_binary(N)) orelse operator(atom_to_binary(N)) of
        true -> atom_to_binary(N);
        false -> quoted(atom_to_binary(N))
    end.

%% Floats: integral ones below 1.0e16 in full, others in the shortest form.
float_str(F) ->
    A = abs(F),
    case A >= 1.0 andalso A < 1.0e16 andalso trunc(F) == F of
        true -> <<(integer_to_binary(trunc(F)))/binary, ".0">>;
        false -> float_to_binary(F, [short])
    end.

%% ---------------------------------------------------------------- atoms

atom_literal(nil) -> <<"nil">>;
atom_literal(true) -> <<"true">>;
atom_literal(false) -> <<"false">>;
atom_literal(A) ->
    B = atom_to_binary(A),
    case B of
        <<"Elixir">> -> B;
        <<"Elixir.", Rest/binary>> ->
            case is_alias(binary:split(Rest, <<".">>, [global])) of
                true -> Rest;
                false -> <<$:, (quoted(B))/binary>>
            end;
        _ ->
            case ident(B) orelse operator(B) of
                true -> <<$:, B/binary>>;
                false -> <<$:, (quoted(B))/binary>>
            end
    end.

%% A keyword key or map key in keyword style: "ok:", "\"a b\":".
atom_key(A) ->
    B = atom_to_binary(A),
    Plain = case B of
                <<"Elixir", _/binary>> -> false;
                _ -> ident(B) orelse operator(B)
            end,
    case Plain of
        true -> <<B/binary, $:>>;
        false -> <<(quoted(B))/binary, $:>>
    end.

quoted(B) -> iolist_to_binary([$", escape(B, $"), $"]).

is_alias([]) -> false;
is_alias(Parts) -> lists:all(fun alias_part/1, Parts).

alias_part(<<C, Rest/binary>>) when C >= $A, C =< $Z -> ident_rest(Rest);
alias_part(_) -> false.

ident(<<C/utf8, Rest/binary>>) when C >= $a, C =< $z; C >= $A, C =< $Z; C =:= $_; C >= 16#C0 ->
    ident_tail(Rest);
ident(_) -> false.

ident_tail(B) ->
    case ident_rest(B) of
        true -> true;
        false ->
            Size = byte_size(B) - 1,
            case B of
                <<Body:Size/binary, Last>> when Last =:= $?; Last =:= $! -> ident_rest(Body);
                _ -> false
            end
    end.

ident_rest(<<C/utf8, Rest/binary>>)
  when C >= $a, C =< $z; C >= $A, C =< $Z; C >= $0, C =< $9; C =:= $_; C =:= $@; C >= 16#C0 ->
    ident_rest(Rest);
ident_rest(<<>>) -> true;
ident_rest(_) -> false.

operator(B) ->
    lists:member(B, [<<"+">>, <<"-">>, <<"*">>, <<"/">>, <<"**">>, <<"++">>, <<"--">>,
                     <<"+++">>, <<"---">>, <<"==">>, <<"!=">>, <<"===">>, <<"!==">>,
                     <<"<">>, <<">">>, <<"<=">>, <<">=">>, <<"&&">>, <<"||">>, <<"!">>,
                     <<"<>">>, <<"|>">>, <<"=~">>, <<"^">>, <<"<<<">>, <<">>>">>,
                     <<"|||">>, <<"&&&">>, <<"<~">>, <<"~>">>, <<"<~>">>, <<"<<~">>,
                     <<"~>>">>, <<"\\\\">>, <<"=">>, <<"->">>, <<"<-">>, <<"|">>,
                     <<".">>, <<"@">>, <<"&">>, <<"%">>, <<"..">>, <<"...">>,
                     <<"..//">>, <<"<<>>">>, <<"%{}">>, <<"{}">>]).

%% ---------------------------------------------------------------- strings

string(B, O) ->
    PL = maps:get(printable_limit, O),
    case printable(B, PL) of
        true ->
            case escape(B, $", PL) of
                {Esc, <<>>} -> iolist_to_binary([$", Esc, $"]);
                {Esc, _} -> {cons, iolist_to_binary([$", Esc, $"]), <<" <> ...">>}
            end;
        false -> bits(B, O)
    end.

'printable?'(S) -> is_binary(S) andalso printable(S, infinity).

printable(_, 0) -> true;
printable(<<>>, _) -> true;
printable(<<C/utf8, R/binary>>, N) ->
    case printable_char(C) of
        true -> printable(R, dec(N));
        false -> false
    end;
printable(_, _) -> false.

printable_char(C) when C >= 16#20, C =< 16#7E -> true;
printable_char(C) when C >= 16#A0, C =< 16#D7FF -> true;
printable_char(C) when C >= 16#E000, C =< 16#FFFD -> true;
printable_char(C) when C >= 16#10000, C =< 16#10FFFF -> true;
printable_char(C) -> C >= 7 andalso C =< 13 orelse C =:= 27 orelse C =:= 127.

%% Escapes a printable string (binary) for the quote character Q, at most N
%% characters ("#{" counts as one): {Escaped, Rest}.
escape(B, Q) -> element(1, escape(B, Q, infinity)).
escape(B, Q, N) -> escape(B, Q, N, []).
escape(B, _, 0, Acc) -> {lists:reverse(Acc), B};
escape(<<>>, _, _, Acc) -> {lists:reverse(Acc), <<>>};
escape(<<"#{", R/binary>>, Q, N, Acc) -> escape(R, Q, dec(N), [<<"\\#{">> | Acc]);
escape(<<C/utf8, R/binary>>, Q, N, Acc) -> escape(R, Q, dec(N), [esc_char(C, Q) | Acc]).

esc_char(Q, Q) -> [$\\, Q];
esc_char($\\, _) -> <<"\\\\">>;
esc_char($\n, _) -> <<"\\n">>;
esc_char($\t, _) -> <<"\\t">>;
esc_char($\r, _) -> <<"\\r">>;
esc_char(7, _) -> <<"\\a">>;
esc_char(8, _) -> <<"\\b">>;
esc_char(11, _) -> <<"\\v">>;
esc_char(12, _) -> <<"\\f">>;
esc_char(27, _) -> <<"\\e">>;
esc_char(127, _) -> <<"\\d">>;
esc_char(16#FEFF, _) -> <<"\\uFEFF">>;
esc_char(C, _) -> <<C/utf8>>.

bits(B, O) ->
    container(<<"<<">>, bit_items(B, []), <<">>">>, O, fun bit_doc/2, maybe).

bit_items(<<C, R/bitstring>>, Acc) -> bit_items(R, [C | Acc]);
bit_items(<<>>, Acc) -> lists:reverse(Acc);
bit_items(Tail, Acc) -> lists:reverse([Tail | Acc]).

bit_doc(C, _) when is_integer(C) -> integer_to_binary(C);
bit_doc(Tail, _) ->
    N = bit_size(Tail),
    <<V:N>> = Tail,
    iolist_to_binary([integer_to_binary(V), "::size(", integer_to_binary(N), ")"]).

%% ---------------------------------------------------------------- lists

list(L, O) ->
    PL = maps:get(printable_limit, O),
    Chars = case maps:get(charlists, O) of
                as_charlists -> true;
                as_lists -> false;
                _ -> ascii_printable(L, PL)
            end,
    case Chars of
        true -> charlist(L, PL);
        false ->
            case keyword(L) of
                true -> container(<<"[">>, L, <<"]">>, O, fun kw_doc/2, strict);
                false -> container(<<"[">>, L, <<"]">>, O, fun doc/2, maybe)
            end
    end.

ascii_printable(_, 0) -> true;
ascii_printable([], _) -> true;
ascii_printable([C | T], N) when is_integer(C), C >= 32, C =< 126 -> ascii_printable(T, dec(N));
ascii_printable([C | T], N) when C >= 7, C =< 13; C =:= 27 -> ascii_printable(T, dec(N));
ascii_printable(_, _) -> false.

charlist(L, PL) ->
    {Esc, Rest} = escape(list_to_binary(L), $', PL),
    Doc = iolist_to_binary([$', Esc, $']),
    case Rest of
        <<>> -> Doc;
        _ -> {cons, Doc, <<" ++ ...">>}
    end.

keyword([]) -> true;
keyword([{K, _} | T]) when is_atom(K) ->
    case atom_to_binary(K) of
        <<"Elixir.", _/binary>> -> false;
        _ -> keyword(T)
    end;
keyword(_) -> false.

kw_doc({K, V}, O) -> {cons, atom_key(K), {cons, <<" ">>, doc(V, O)}}.

assoc_doc({K, V}, O) -> {cons, {cons, doc(K, O), <<" => ">>}, doc(V, O)}.

%% ---------------------------------------------------------------- maps

map(M, Name, O) ->
    L = maps:to_list(M),
    Fun = case keyword(L) of
              true -> fun kw_doc/2;
              false -> fun assoc_doc/2
          end,
    container(<<"%", Name/binary, "{">>, L, <<"}">>, O, Fun, strict).

struct('Elixir.Range', #{first := F, last := L, step := S} = R, O) when map_size(R) =:= 4 ->
    case S =:= 1 andalso F =< L of
        true -> {cons, doc(F, O), {cons, <<"..">>, doc(L, O)}};
        false -> {cons, doc(F, O), {cons, <<"..">>, {cons, doc(L, O), {cons, <<"//">>, doc(S, O)}}}}
    end;
struct('Elixir.MapSet', #{map := Set} = MS, O) when map_size(MS) =:= 3 ->
    {cons, <<"MapSet.new(">>, {cons, doc(maps:keys(Set), O#{charlists := as_lists}), <<")">>}};
struct(Mod, T, O) ->
    <<"Elixir.", Name/binary>> = atom_to_binary(Mod),
    Impl = binary_to_atom(<<"Elixir.Inspect.", Name/binary>>),
    try Impl:inspect(T, O) of
        D when is_binary(D) -> D
    catch
        error:undef:St ->
            case St of
                [{Impl, inspect, _, _} | _] -> fields(Mod, T, O);
                _ -> erlang:raise(error, undef, St)
            end
    end.

%% A struct without an Inspect implementation: %Mod{field: value, ...} in
%% field order, or as a map when its keys are not the struct's.
fields(Mod, T, O) ->
    Fields = try
                 {Mod:'__struct__'(), Mod:'__info__'(struct)}
             catch
                 _:_ -> none
             end,
    case Fields of
        {Default, Info} when is_map(Default), is_list(Info) ->
            case lists:sort(maps:keys(Default)) =:= lists:sort(maps:keys(T)) of
                true ->
                    Keys = [F || #{field := F} <- Info, F =/= '__struct__', F =/= '__exception__'],
                    Pairs = [{K, maps:get(K, T)} || K <- Keys],
                    container(<<"%", (atom_literal(Mod))/binary, "{">>, Pairs, <<"}">>, O,
                              fun kw_doc/2, strict);
                false -> map(T, <<>>, O)
            end;
        _ -> map(T, <<>>, O)
    end.

%% ---------------------------------------------------------------- containers

dec(infinity) -> infinity;
dec(N) -> N - 1.

container(Left, [], Right, _, _, _) -> {cons, Left, Right};
container(Left, Items, Right, O, Fun, Break) ->
    {Docs, Simple} = each(Items, maps:get(limit, O), O, Fun, [], Break =:= maybe),
    Flex = Simple orelse Break =:= flex,
    Joined = join_all(Docs, Flex),
    case Flex of
        true -> {group, {cons, {cons, Left, {nest, Joined, byte_size(Left)}}, Right}};
        false ->
            {group, {cons, {nest, {cons, Left, {cons, {brk, <<>>, strict}, Joined}}, 2},
                     {cons, {brk, <<>>, strict}, Right}}}
    end.

each([], _, _, _, Acc, Simple) -> {lists:reverse(Acc), Simple};
each(_, 0, _, _, Acc, Simple) -> {lists:reverse([<<"...">> | Acc]), Simple};
each([H | T], Limit, O, Fun, Acc, Simple) when is_list(T) ->
    L = dec(Limit),
    D = Fun(H, O#{limit := L}),
    each(T, L, O, Fun, [D | Acc], Simple andalso simple(D));
each([H | T], Limit, O, Fun, Acc, Simple0) ->
    L = dec(Limit),
    DH = Fun(H, O#{limit := L}),
    DT = Fun(T, O#{limit := L}),
    Simple = Simple0 andalso simple(DH) andalso simple(DT),
    {lists:reverse([join(DH, DT, Simple, <<" |">>) | Acc]), Simple}.

simple(B) when is_binary(B) -> true;
simple(nil) -> true;
simple({cons, A, B}) -> simple(A) andalso simple(B);
simple(_) -> false.

join_all([D], _) -> D;
join_all([D | T], Flex) -> join(D, join_all(T, Flex), Flex, <<",">>).

join(L, R, true, Sep) -> {cons, {cons, L, Sep}, {cons, {brk, <<" ">>, flex}, R}};
join(L, R, false, Sep) -> {cons, {cons, L, Sep}, {cons, {brk, <<" ">>, strict}, R}}.

%% ---------------------------------------------------------------- layout

%% Lays the document out in width W (an integer or infinity); returns iodata.
format(W, Doc) -> fmt(W, 0, [{0, brk, Doc}], []).

fmt(_, _, [], Acc) -> lists:reverse(Acc);
fmt(W, K, [{I, M, D} | T], Acc) ->
    case D of
        nil -> fmt(W, K, T, Acc);
        _ when is_binary(D) -> fmt(W, K + byte_size(D), T, [D | Acc]);
        {cons, A, B} -> fmt(W, K, [{I, M, A}, {I, M, B} | T], Acc);
        {nest, X, J} -> fmt(W, K, [{I + J, M, X} | T], Acc);
        {brk, S, _} when M =:= flat -> fmt(W, K + byte_size(S), T, [S | Acc]);
        {brk, S, flex} ->
            K2 = K + byte_size(S),
            case W =:= infinity orelse fits(W, K2, true, T) of
                true -> fmt(W, K2, T, [S | Acc]);
                false -> fmt(W, I, T, [indent(I) | Acc])
            end;
        {brk, _, strict} -> fmt(W, I, T, [indent(I) | Acc]);
        {group, X} when M =:= flat -> fmt(W, K, [{I, flat, X} | T], Acc);
        {group, X} ->
            case W =:= infinity orelse fits(W, K, false, [{I, flat, X}]) of
                true -> fmt(W, K, [{I, flat, X} | T], Acc);
                false -> fmt(W, K, [{I, brk, X} | T], Acc)
            end
    end.

indent(I) -> [$\n | lists:duplicate(I, $\s)].

fits(W, K, _, _) when K > W -> false;
fits(_, _, _, []) -> true;
fits(W, K, B, [{I, M, D} | T]) ->
    case D of
        nil -> fits(W, K, B, T);
        _ when is_binary(D) -> fits(W, K + byte_size(D), B, T);
        {cons, X, Y} -> fits(W, K, B, [{I, M, X}, {I, M, Y} | T]);
        {nest, X, J} -> fits(W, K, B, [{I + J, M, X} | T]);
        {group, X} -> fits(W, K, B, [{I, flat, X} | T]);
        {brk, S, _} when M =:= flat -> fits(W, K + byte_size(S), B, T);
        {brk, _, _} -> true
    end.
