%% Test helper for test/vectors/asm (run by test/unit/newer_opcodes.test.ts under OTP 25):
%%  - s2json/1: turns `erlc -S` listings into JSON for the TypeScript assembler (asm.ts / sfile.ts);
%%  - compare/1: loads each hand-assembled .beam with code:load_binary/3 and runs start/0 next to
%%    the erlc-compiled module, comparing output and result (erl is the oracle of the assembler);
%%  - run/1: loads hand-assembled .beam files and prints what start/0 returns (or the load error).
-module(asm_oracle).
-export([s2json/1, compare/1, run/1]).

%% s2json([SFile, JsonFile, ...]): one JSON array of the consulted terms per listing.
%% A listing that does not read back (OTP 25 writes some atoms, e.g. 'div', unquoted) is skipped
%% with a line on stdout.
s2json([S, J | Rest]) ->
    case file:consult(S) of
        {ok, Forms} -> ok = file:write_file(J, json(Forms));
        {error, E} -> io:format("skipped ~s: ~0p~n", [S, E])
    end,
    s2json(Rest);
s2json([]) ->
    halt(0).

json(I) when is_integer(I), abs(I) < (1 bsl 53) -> integer_to_list(I);
json(I) when is_integer(I) -> ["{\"big\":\"", integer_to_list(I), "\"}"];
json(F) when is_float(F) -> ["{\"float\":\"", float_to_list(F, [short]), "\"}"];
json(A) when is_atom(A) -> ["{\"atom\":", json_ints(atom_to_list(A)), "}"];
json(B) when is_binary(B) -> ["{\"bin\":", json_ints(binary_to_list(B)), "}"];
json(B) when is_bitstring(B) ->
    N = bit_size(B) rem 8,
    <<Whole:(byte_size(B) - 1)/binary, Last:N>> = B,
    ["{\"bits\":", json_ints(binary_to_list(Whole) ++ [Last bsl (8 - N)]),
     ",\"last\":", integer_to_list(N), "}"];
json(F) when is_function(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {type, external} = erlang:fun_info(F, type),
    ["{\"export\":", json_list([M, N, A]), "}"];
json(T) when is_tuple(T) -> ["{\"tuple\":", json_list(tuple_to_list(T)), "}"];
json(M) when is_map(M) ->
    ["{\"map\":", json_list([[K, V] || {K, V} <- lists:sort(maps:to_list(M))]), "}"];
json(L) when is_list(L) ->
    case proper(L, []) of
        {proper, Items} -> json_list(Items);
        {improper, Items, Tail} -> ["{\"improper\":", json_list(Items), ",\"tail\":", json(Tail), "}"]
    end.

proper([H | T], Acc) -> proper(T, [H | Acc]);
proper([], Acc) -> {proper, lists:reverse(Acc)};
proper(Tail, Acc) -> {improper, lists:reverse(Acc), Tail}.

json_list(L) -> ["[", lists:join(",", [json(E) || E <- L]), "]"].
json_ints(L) -> ["[", lists:join(",", [integer_to_list(C) || C <- L]), "]"].

%% compare([RefDir, AsmDir, OutFile, Mod...]): for each Mod, runs start/0 of RefDir/Mod.beam and of
%% AsmDir/Mod.beam (each loaded with code:load_binary/3) and writes one line per module to OutFile:
%% "same Mod" or "diff Mod ..." / "load_error Mod ...".
compare([RefDir, AsmDir, Out | Mods]) ->
    Lines = [compare_one(RefDir, AsmDir, list_to_atom(M)) || M <- Mods],
    ok = file:write_file(Out, Lines),
    halt(0).

compare_one(RefDir, AsmDir, Mod) ->
    Ref = load_and_run(filename:join(RefDir, atom_to_list(Mod) ++ ".beam"), Mod),
    Asm = load_and_run(filename:join(AsmDir, atom_to_list(Mod) ++ ".beam"), Mod),
    case {Ref, Asm} of
        {X, X} -> io_lib:format("same ~p~n", [Mod]);
        {_, {load_error, E}} -> io_lib:format("load_error ~p ~0p~n", [Mod, E]);
        _ -> io_lib:format("diff ~p ~0p ~0p~n", [Mod, Ref, Asm])
    end.

%% Funs differ in their old uniq (a hash OTP derives from the module's MD5, which the assembler
%% does not reproduce): results are compared with each fun as its module, name, arity and
%% environment, taken while the module is loaded.
norm(F) when is_function(F) ->
    Info = [erlang:fun_info(F, K) || K <- [module, name, arity, env]],
    {'$fun', [norm(V) || {_, V} <- Info]};
norm(T) when is_tuple(T) -> list_to_tuple(norm(tuple_to_list(T)));
norm([H | T]) -> [norm(H) | norm(T)];
norm(M) when is_map(M) -> maps:from_list(norm(maps:to_list(M)));
norm(X) -> X.

load_and_run(File, Mod) ->
    _ = code:purge(Mod),
    _ = code:delete(Mod),
    _ = code:purge(Mod),
    {ok, Bin} = file:read_file(File),
    case code:load_binary(Mod, File, Bin) of
        {module, Mod} -> norm(run_captured(Mod)); % while the code is loaded
        Error -> {load_error, Error}
    end.

%% run([Beam...]): prints "<file>: <result>" (~p on one line) or "<file>: load_error ...".
run(Files) ->
    lists:foreach(
      fun(File) ->
              Mod = list_to_atom(filename:basename(File, ".beam")),
              _ = code:purge(Mod),
              _ = code:delete(Mod),
              {ok, Bin} = file:read_file(File),
              case code:load_binary(Mod, File, Bin) of
                  {module, Mod} ->
                      {Res, _Out} = run_captured(Mod),
                      io:format("~s: ~0p~n", [File, Res]);
                  Error ->
                      io:format("~s: load_error ~0p~n", [File, Error])
              end
      end, Files),
    halt(0).

%% Runs Mod:start() in a fresh process whose group leader collects the output.
run_captured(Mod) ->
    Self = self(),
    GL = spawn(fun() -> collector([]) end),
    {Pid, MRef} = spawn_monitor(
                    fun() ->
                            group_leader(GL, self()),
                            R = try {return, Mod:start()}
                                catch C:E -> {C, E}
                                end,
                            Self ! {self(), R}
                    end),
    Res = receive
              {Pid, R} -> R
          after 10000 ->
                  exit(Pid, kill),
                  timeout
          end,
    receive {'DOWN', MRef, process, _, _} -> ok after 1000 -> ok end,
    GL ! {get, self()},
    Out = receive {output, O} -> O after 1000 -> none end,
    {Res, Out}.

collector(Acc) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            {Reply, Acc1} = io_req(Req, Acc),
            From ! {io_reply, ReplyAs, Reply},
            collector(Acc1);
        {get, From} ->
            From ! {output, unicode:characters_to_binary(lists:reverse(Acc))}
    end.

io_req({put_chars, Enc, Chars}, Acc) ->
    {ok, [unicode:characters_to_list(Chars, Enc) | Acc]};
io_req({put_chars, Enc, M, F, A}, Acc) ->
    io_req({put_chars, Enc, apply(M, F, A)}, Acc);
io_req({put_chars, Chars}, Acc) ->
    io_req({put_chars, latin1, Chars}, Acc);
io_req({put_chars, M, F, A}, Acc) ->
    io_req({put_chars, latin1, M, F, A}, Acc);
io_req({get_geometry, _}, Acc) ->
    {{error, enotsup}, Acc};
io_req(getopts, Acc) ->
    {[{encoding, unicode}], Acc};
io_req({requests, Reqs}, Acc) ->
    lists:foldl(fun(R, {_, A}) -> io_req(R, A) end, {ok, Acc}, Reqs);
io_req(_, Acc) ->
    {{error, request}, Acc}.
