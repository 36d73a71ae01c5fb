%% GenServer: a thin layer over gen_server (the callback contracts are the
%% same); names and the exit reasons of call/3 as Elixir gives them.
-module('Elixir.GenServer').
-compile({no_auto_import, [whereis/1]}).
-export([start_link/2, start_link/3, start/2, start/3, call/2, call/3, cast/2, reply/2,
         stop/1, stop/2, stop/3, whereis/1]).

start_link(Mod, Arg) -> start_link(Mod, Arg, []).
start_link(Mod, Arg, Opts) -> do_start(start_link, Mod, Arg, Opts).
start(Mod, Arg) -> start(Mod, Arg, []).
start(Mod, Arg, Opts) -> do_start(start, Mod, Arg, Opts).

do_start(F, Mod, Arg, Opts) ->
    GenOpts = [O || {K, _} = O <- Opts, K =/= name],
    case lists:keyfind(name, 1, Opts) of
        false -> gen_server:F(Mod, Arg, GenOpts);
        {name, Name} -> gen_server:F(name(Name), Mod, Arg, GenOpts)
    end.

name(A) when is_atom(A) -> {local, A};
name({global, _} = G) -> G;
name({via, _, _} = V) -> V.

call(S, Req) -> call(S, Req, 5000).
call(S, Req, Timeout) ->
    try gen_server:call(S, Req, Timeout)
    catch exit:{Reason, {gen_server, call, _}} ->
        exit({Reason, {'Elixir.GenServer', call, [S, Req, Timeout]}})
    end.

cast(S, Req) -> gen_server:cast(S, Req).
reply(From, Reply) -> gen_server:reply(From, Reply).

stop(S) -> stop(S, normal, infinity).
stop(S, Reason) -> stop(S, Reason, infinity).
stop(S, Reason, Timeout) -> gen_server:stop(S, Reason, Timeout).

whereis(P) when is_pid(P) -> P;
whereis(A) when is_atom(A) -> 'Elixir.Process':whereis(A);
whereis({global, N}) -> case global:whereis_name(N) of undefined -> nil; P -> P end;
whereis({A, Node}) when is_atom(A), Node =:= node() -> whereis(A);
whereis(_) -> nil.
