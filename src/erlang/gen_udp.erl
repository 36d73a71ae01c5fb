%% gen_udp: UDP sockets with OTP's API and AtomVM's subset (our own
%% implementation over the platform's avm_net services, see inet.erl).
%% Sockets are ports; options: binary | list, {active, true | false | once},
%% {ip, Addr}. Defaults: list, active true. Active sockets send their
%% controlling process {udp, Socket, Address, Port, Packet}.
-module(gen_udp).

-export([open/1, open/2, send/3, send/4, recv/2, recv/3, close/1, controlling_process/2]).

open(Port) -> open(Port, []).

open(Port, Opts) when is_integer(Port), Port >= 0, Port =< 65535 ->
    inet:avm_open(udp, [{port, Port} | inet:avm_opts(Opts)], infinity);
open(_, _) -> error(badarg).

send(S, {Address, Port}, Packet) -> send(S, Address, Port, Packet);
send(_, _, _) -> error(badarg).

send(S, Address, Port, Packet) -> avm_net:sendto(S, inet:avm_host(Address), Port, Packet).

recv(S, Length) -> recv(S, Length, infinity).

recv(S, Length, Timeout) ->
    case avm_net:recv(S, Length) of
        wait -> inet:avm_wait(S, recv, Timeout);
        R -> R
    end.

close(S) -> avm_net:close(S).

controlling_process(S, Pid) -> inet:avm_move(S, Pid).
