%% Test oracle for the loader tests: prints, for each .beam file given, one line
%% with what OTP itself decodes from it (beam_lib and beam_disasm), written with
%% ~w so that every string is a list of code points:
%%   {Module, Atoms, LabeledExports, LabeledLocals, Imports, NumInstructions, Ints}
%% Ints are the integer operands (tag i) that are negative or >= 2048, in code
%% order, each as its decimal digits.
-module(loader_oracle).
-export([main/1]).

main(Files) ->
    lists:foreach(fun(F) -> io:format("~w~n", [describe(F)]) end, Files).

describe(F) ->
    {ok, {M, [{atoms, Atoms}, {labeled_exports, Exps}, {labeled_locals, Locs}, {imports, Imps}]}} =
        beam_lib:chunks(F, [atoms, labeled_exports, labeled_locals, imports]),
    {beam_file, M, _, _, _, Fs} = beam_disasm:file(F),
    Is = lists:append([Code || {function, _, _, _, Code} <- Fs]),
    Ints = [integer_to_list(N) || N <- lists:reverse(ints(Is, [])), N < 0 orelse N >= 2048],
    {s(M),
     [s(A) || {_, A} <- lists:sort(Atoms)],
     [{s(Fn), Ar, L} || {Fn, Ar, L} <- Exps],
     [{s(Fn), Ar, L} || {Fn, Ar, L} <- Locs],
     [{s(Mo), s(Fn), Ar} || {Mo, Fn, Ar} <- Imps],
     length(Is),
     Ints}.

s(A) -> atom_to_list(A).

ints([], Acc) -> Acc;
ints([{integer, N} | T], Acc) when is_integer(N) -> ints(T, [N | Acc]);
%% beam_disasm leaves some operands (in bs_create_bin) as raw {Tag, Value}.
ints([{i, N} | T], Acc) when is_integer(N) -> ints(T, [N | Acc]);
ints([{literal, _} | T], Acc) -> ints(T, Acc);
ints([{tr, R, _Type} | T], Acc) -> ints(T, ints([R], Acc));
ints([H | T], Acc) when is_tuple(H) -> ints(T, ints(tuple_to_list(H), Acc));
ints([H | T], Acc) when is_list(H) -> ints(T, ints(H, Acc));
ints([_ | T], Acc) -> ints(T, Acc).
