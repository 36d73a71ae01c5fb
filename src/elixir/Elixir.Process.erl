%% Process: thin wrappers over the erlang BIFs.
-module('Elixir.Process').
-export([sleep/1, send/3, send_after/3, send_after/4, cancel_timer/1, read_timer/1,
         spawn/2, spawn/4, 'alive?'/1, exit/2, link/1, unlink/1, monitor/1, demonitor/1,
         demonitor/2, register/2, unregister/1, whereis/1, registered/0, info/1, info/2,
         flag/2, get/0, get/1, get/2, put/2, delete/1, list/0, hibernate/3]).

sleep(T) -> receive after T -> ok end.
send(Dest, Msg, Opts) -> erlang:send(Dest, Msg, Opts).
send_after(Dest, Msg, T) -> erlang:send_after(T, Dest, Msg).
send_after(Dest, Msg, T, _Opts) -> erlang:send_after(T, Dest, Msg).
cancel_timer(R) -> erlang:cancel_timer(R).
read_timer(R) -> erlang:read_timer(R).
spawn(F, Opts) -> erlang:spawn_opt(F, Opts).
spawn(M, F, A, Opts) -> erlang:spawn_opt(M, F, A, Opts).
'alive?'(P) -> erlang:is_process_alive(P).
exit(P, R) -> erlang:exit(P, R).
link(P) -> erlang:link(P).
unlink(P) -> erlang:unlink(P).
monitor(P) -> erlang:monitor(process, P).
demonitor(R) -> erlang:demonitor(R).
demonitor(R, Opts) -> erlang:demonitor(R, Opts).
register(P, N) -> erlang:register(N, P).
unregister(N) -> erlang:unregister(N).
whereis(N) -> case erlang:whereis(N) of undefined -> nil; P -> P end.
registered() -> erlang:registered().
info(P) -> nil_if_undefined(erlang:process_info(P)).
info(P, K) -> nil_if_undefined(erlang:process_info(P, K)).
nil_if_undefined(undefined) -> nil;
nil_if_undefined(X) -> X.
flag(F, V) -> erlang:process_flag(F, V).
get() -> erlang:get().
get(K) -> get(K, nil).
get(K, D) -> case erlang:get(K) of undefined -> D; V -> V end.
put(K, V) -> case erlang:put(K, V) of undefined -> nil; Old -> Old end.
delete(K) -> case erlang:erase(K) of undefined -> nil; Old -> Old end.
list() -> erlang:processes().
hibernate(M, F, A) -> erlang:hibernate(M, F, A).
