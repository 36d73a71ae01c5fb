%% gen_tcp: TCP sockets with OTP's API and AtomVM's subset (our own
%% implementation over the platform's avm_net services, see inet.erl).
%% Sockets are ports; options: binary | list, {active, true | false | once},
%% {packet, 0 | raw}, {ip, Addr}, {backlog, N}. Defaults: list, active true.
-module(gen_tcp).

-export([connect/3, connect/4, listen/2, accept/1, accept/2, send/2, recv/2, recv/3,
         close/1, controlling_process/2]).

connect(Address, Port, Opts) -> connect(Address, Port, Opts, infinity).

connect(Address, Port, Opts, Timeout) when is_integer(Port), Port >= 0, Port =< 65535 ->
    Host = inet:avm_host(Address),
    inet:avm_open(connect, [{address, Host}, {port, Port} | inet:avm_opts(Opts)], Timeout);
connect(_, _, _, _) -> error(badarg).

listen(Port, Opts) when is_integer(Port), Port >= 0, Port =< 65535 ->
    inet:avm_open(listen, [{port, Port} | inet:avm_opts(Opts)], infinity);
listen(_, _) -> error(badarg).

accept(L) -> accept(L, infinity).

accept(L, Timeout) ->
    case avm_net:accept(L) of
        wait -> inet:avm_wait(L, accept, Timeout);
        R -> R
    end.

send(S, Data) -> avm_net:send(S, Data).

recv(S, Length) -> recv(S, Length, infinity).

recv(S, Length, Timeout) ->
    case avm_net:recv(S, Length) of
        wait -> inet:avm_wait(S, recv, Timeout);
        R -> R
    end.

close(S) -> avm_net:close(S).

controlling_process(S, Pid) -> inet:avm_move(S, Pid).
