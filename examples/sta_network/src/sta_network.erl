%% STA network (the network programming guide's example, our own rewrite):
%% starts the network in station mode with the credentials stored in NVS (see
%% set_network_config), reports connection events through callbacks and
%% synchronizes the clock with SNTP.
-module(sta_network).
-export([start/0]).

start() ->
    Config = [
        {sta, [
            {connected, fun connected/0},
            {got_ip, fun got_ip/1},
            {disconnected, fun disconnected/0},
            {dhcp_hostname, <<"atomvm-sta">>}
        ]},
        {sntp, [{endpoint, <<"pool.ntp.org">>}, {synchronized, fun synchronized/1}]}
    ],
    case network:start(Config) of
        {ok, _Pid} ->
            io:format("Network started.~n"),
            timer:sleep(infinity);
        Error ->
            io:format("An error occurred starting the network: ~p~n", [Error])
    end.

connected() ->
    io:format("Connected to AP.~n").

got_ip({Address, Netmask, Gateway}) ->
    io:format("Got IP: address ~s netmask ~s gateway ~s~n", [inet:ntoa(Address), inet:ntoa(Netmask), inet:ntoa(Gateway)]).

disconnected() ->
    io:format("Disconnected from AP.~n").

synchronized({Secs, _Micros}) ->
    io:format("Synchronized the clock with SNTP (~p s since 1970).~n", [Secs]).
