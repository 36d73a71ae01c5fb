%% network: WiFi in STA, AP or STA+AP mode with AtomVM's API (our own
%% implementation). A process registered as `network` receives the driver's
%% events ({'$avm_wifi', Event} from the platform's private avm_wifi services)
%% and runs the callbacks of the configuration: funs, or pids that get the
%% callback's name (and argument) as a message. Credentials missing from the
%% configuration are read from NVS (namespace atomvm: sta_ssid, sta_psk,
%% ap_ssid, ap_psk); they are never kept by the process nor printed.
-module(network).

-export([start/1, start_link/1, stop/0, wait_for_sta/0, wait_for_sta/1, wait_for_sta/2,
         wait_for_ap/0, wait_for_ap/1, wait_for_ap/2]).

start(Config) -> start(Config, false).

start_link(Config) -> start(Config, true).

start(Config, Link) when is_list(Config) ->
    case whereis(network) of
        undefined ->
            Drv = driver_config(Config),
            Pid = spawn(fun() -> receive go -> loop(callbacks(Config)) end end),
            try
                ok = avm_wifi:open(Pid),
                avm_wifi:start(Drv)
            of
                ok ->
                    register(network, Pid),
                    Link andalso link(Pid),
                    Pid ! go,
                    {ok, Pid};
                Error ->
                    exit(Pid, kill),
                    Error
            catch
                C:R ->
                    exit(Pid, kill),
                    erlang:raise(C, R, [{?MODULE, start, 1, []}])
            end;
        Pid ->
            {error, {already_started, Pid}}
    end;
start(_, _) -> error(badarg).

stop() ->
    case whereis(network) of
        undefined -> ok;
        Pid ->
            Ref = monitor(process, Pid),
            Pid ! {'$avm_wifi', stop},
            receive {'DOWN', Ref, process, Pid, _} -> ok end
    end.

wait_for_sta() -> wait_for_sta([], 15000).

wait_for_sta(T) when is_integer(T) -> wait_for_sta([], T);
wait_for_sta(Config) -> wait_for_sta(Config, 15000).

wait_for_sta(Config, T) ->
    Me = self(),
    Ref = make_ref(),
    Sta = [{connected, fun() -> Me ! {Ref, connected} end},
           {got_ip, fun(Info) -> Me ! {Ref, {ok, Info}} end},
           {disconnected, fun() -> Me ! {Ref, disconnected} end} | Config],
    case start([{sta, Sta}]) of
        {ok, _} -> wait_ip(Ref, T);
        Error -> Error
    end.

wait_ip(Ref, T) ->
    receive
        {Ref, connected} -> wait_ip(Ref, T);
        {Ref, {ok, _} = R} -> R;
        {Ref, disconnected} -> {error, disconnected}
    after T -> {error, timeout}
    end.

wait_for_ap() -> wait_for_ap([], 15000).

wait_for_ap(T) when is_integer(T) -> wait_for_ap([], T);
wait_for_ap(Config) -> wait_for_ap(Config, 15000).

wait_for_ap(Config, T) ->
    Me = self(),
    Ref = make_ref(),
    case start([{ap, [{ap_started, fun() -> Me ! {Ref, ap_started} end} | Config]}]) of
        {ok, _} ->
            receive {Ref, ap_started} -> ok after T -> {error, timeout} end;
        Error -> Error
    end.

%% --- the network process ---

loop(Cbs) ->
    receive
        {'$avm_wifi', stop} -> avm_wifi:stop();
        {'$avm_wifi', Event} -> event(Event, Cbs), loop(Cbs);
        _ -> loop(Cbs)
    end.

event(sta_connected, C) -> callback(sta, connected, [], C);
event(sta_disconnected, C) -> callback(sta, disconnected, [], C);
event({sta_got_ip, Info}, C) -> callback(sta, got_ip, [Info], C);
event(ap_started, C) -> callback(ap, ap_started, [], C);
event({ap_sta_connected, Mac}, C) -> callback(ap, sta_connected, [Mac], C);
event({ap_sta_disconnected, Mac}, C) -> callback(ap, sta_disconnected, [Mac], C);
event({ap_sta_ip_assigned, Ip}, C) -> callback(ap, sta_ip_assigned, [Ip], C);
event({sntp_sync, Time}, C) -> callback(sntp, synchronized, [Time], C);
event(_, _) -> ok.

callback(Section, Key, Args, Cbs) ->
    case lists:keyfind({Section, Key}, 1, Cbs) of
        {_, Pid} when is_pid(Pid), Args =:= [] -> Pid ! Key;
        {_, Pid} when is_pid(Pid) -> Pid ! list_to_tuple([Key | Args]);
        {_, F} when is_function(F, length(Args)) ->
            try apply(F, Args)
            catch C:R -> io:format("network: ~p callback failed: ~p:~p~n", [Key, C, R])
            end;
        _ -> ok
    end.

%% only the callbacks stay with the process (no credentials)
callbacks(Config) ->
    [{{S, K}, V} || {S, L} <- Config, is_list(L), {K, V} <- L,
                    is_pid(V) orelse is_function(V)].

%% --- what the driver gets: data only ---

driver_config(Config) ->
    [D || D <- [section(sta, Config), section(ap, Config), sntp(Config)], D =/= none].

section(Mode, Config) ->
    case lists:keyfind(Mode, 1, Config) of
        false -> none;
        {_, L} when is_list(L) ->
            Data = [{K, V} || {K, V} <- L, not is_function(V), not is_pid(V)],
            {Mode, nvs(psk, Mode, nvs(ssid, Mode, Data))};
        _ -> error(badarg)
    end.

nvs(Key, Mode, L) ->
    case lists:keymember(Key, 1, L) of
        true -> L;
        false ->
            case esp:nvs_get_binary(atomvm, list_to_atom(atom_to_list(Mode) ++ "_" ++ atom_to_list(Key))) of
                V when is_binary(V) -> [{Key, V} | L];
                _ -> L
            end
    end.

sntp(Config) ->
    case lists:keyfind(sntp, 1, Config) of
        {_, L} when is_list(L) ->
            case [H || {K, H} <- L, K =:= endpoint orelse K =:= host] of
                [H | _] -> {sntp, [{host, H}]};
                [] -> none
            end;
        _ -> none
    end.
