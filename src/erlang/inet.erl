%% inet: socket options and addresses for gen_tcp and gen_udp sockets (ports
%% served by the platform's private avm_net services, see
%% src/platform/node/sockets.ts). Our own implementation of AtomVM's subset;
%% IPv4 only. The avm_* functions are helpers of gen_tcp and gen_udp.
-module(inet).

-export([sockname/1, peername/1, port/1, setopts/2, close/1, ntoa/1,
         parse_address/1, parse_ipv4_address/1, getaddr/2]).
-export([avm_opts/1, avm_host/1, avm_wait/3, avm_open/3, avm_move/2]).

sockname(S) -> avm_net:sockname(S).

peername(S) -> avm_net:peername(S).

port(S) ->
    case avm_net:sockname(S) of
        {ok, {_, P}} -> {ok, P};
        E -> E
    end.

setopts(S, Opts) ->
    try avm_opts(Opts) of
        O -> avm_net:setopts(S, O)
    catch
        error:badarg -> {error, einval}
    end.

close(S) -> avm_net:close(S).

ntoa({A, B, C, D} = T) ->
    case avm_ip(T) of
        true -> lists:flatten(io_lib:format("~w.~w.~w.~w", [A, B, C, D]));
        false -> {error, einval}
    end;
ntoa(_) -> {error, einval}.

parse_address(S) -> parse_ipv4_address(S).

parse_ipv4_address(S) when is_list(S) ->
    case catch [list_to_integer(X) || X <- string:split(S, ".", all)] of
        [A, B, C, D] = L ->
            case lists:all(fun(X) -> X >= 0 andalso X =< 255 end, L) of
                true -> {ok, {A, B, C, D}};
                false -> {error, einval}
            end;
        _ -> {error, einval}
    end;
parse_ipv4_address(_) -> {error, einval}.

getaddr({_, _, _, _} = T, inet) ->
    case avm_ip(T) of true -> {ok, T}; false -> {error, einval} end;
getaddr(localhost, inet) -> {ok, {127, 0, 0, 1}};
getaddr("localhost", inet) -> {ok, {127, 0, 0, 1}};
getaddr(H, inet) when is_list(H) ->
    case parse_ipv4_address(H) of {ok, _} = R -> R; _ -> {error, nxdomain} end;
getaddr(H, inet) when is_atom(H) -> getaddr(atom_to_list(H), inet);
getaddr(_, _) -> {error, einval}.

%% --- helpers of gen_tcp and gen_udp ---

avm_ip({A, B, C, D}) ->
    lists:all(fun(X) -> is_integer(X) andalso X >= 0 andalso X =< 255 end, [A, B, C, D]);
avm_ip(_) -> false.

%% an address as the host string the platform resolves
avm_host(T) when tuple_size(T) =:= 4 ->
    case avm_ip(T) of
        true -> ntoa(T);
        false -> error(badarg)
    end;
avm_host(A) when is_atom(A) -> atom_to_list(A);
avm_host(L) when is_list(L) -> L;
avm_host(_) -> error(badarg).

%% options as the platform takes them: active, binary, ip, backlog
avm_opts(Opts) when is_list(Opts) -> lists:reverse(lists:foldl(fun opt/2, [], Opts));
avm_opts(_) -> error(badarg).

opt(binary, Acc) -> [{binary, true} | Acc];
opt(list, Acc) -> [{binary, false} | Acc];
opt({mode, binary}, Acc) -> [{binary, true} | Acc];
opt({mode, list}, Acc) -> [{binary, false} | Acc];
opt({binary, B}, Acc) when is_boolean(B) -> [{binary, B} | Acc];
opt({active, A}, Acc) when is_boolean(A); A =:= once -> [{active, A} | Acc];
opt({ip, any}, Acc) -> [{ip, any} | Acc];
opt({ip, loopback}, Acc) -> [{ip, "127.0.0.1"} | Acc];
opt({ip, A}, Acc) -> [{ip, avm_host(A)} | Acc];
opt({ifaddr, A}, Acc) -> opt({ip, A}, Acc);
opt({backlog, N}, Acc) when is_integer(N), N >= 0 -> [{backlog, N} | Acc];
opt({packet, P}, Acc) when P =:= 0; P =:= raw -> Acc;
opt({active, _}, _) -> error(badarg);
opt({packet, _}, _) -> error(badarg);
opt(_, Acc) -> Acc.

%% waits for the reply to Op on S; on timeout the wait is cancelled (unless
%% the reply is already on its way)
avm_wait(S, Op, T) ->
    receive
        {'$avm_net', S, Op, R} -> R
    after T ->
        case avm_net:cancel(S, Op) of
            ok -> {error, timeout};
            sent -> receive {'$avm_net', S, Op, R} -> R end
        end
    end.

%% opens a socket of Kind (udp | listen | connect) and waits for the outcome
avm_open(Kind, Opts, T) ->
    S = avm_net:open(Kind, Opts),
    case avm_wait(S, open, T) of
        ok -> {ok, S};
        E -> E
    end.

%% hands S to Pid with the messages it already sent to the caller
avm_move(S, Pid) when is_pid(Pid) ->
    case avm_net:controlling_process(S, Pid) of
        {ok, Active} ->
            flush(S, Pid),
            avm_net:setopts(S, [{active, Active}]),
            ok;
        E -> E
    end;
avm_move(_, _) -> error(badarg).

flush(S, Pid) ->
    receive
        {tcp, S, _} = M -> Pid ! M, flush(S, Pid);
        {tcp_closed, S} = M -> Pid ! M, flush(S, Pid);
        {udp, S, _, _, _} = M -> Pid ! M, flush(S, Pid)
    after 0 -> ok
    end.
