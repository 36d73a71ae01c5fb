-module(proc_info_keys).
-export([start/0]).

%% process_info/1: the items OTP lists, in OTP's order (values compared by shape only).
start() ->
    P = spawn(fun() -> receive stop -> ok end end),
    timer:sleep(10),
    Keys = [K || {K, _} <- process_info(P)],
    io:format("~p~n", [Keys]),
    register(proc_info_keys_named, P),
    Keys2 = [K || {K, _} <- process_info(P)],
    io:format("~p~n", [Keys2]),
    Info = process_info(P),
    io:format("~p~n", [[{K, shape(V)} || {K, V} <- Info, K =/= garbage_collection]]),
    io:format("self keys ~p~n", [[K || {K, _} <- process_info(self())] =:= Keys]),
    P ! stop,
    ok.

shape(V) when is_pid(V) -> pid;
shape(V) when is_integer(V) -> integer;
shape(V) when is_atom(V) -> V;
shape({M, F, A}) when is_atom(M), is_atom(F), is_integer(A) -> mfa;
shape(V) when is_list(V) -> {list, length(V)};
shape(V) -> V.
