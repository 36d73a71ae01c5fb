%% UDP client (the user guide's UDP example, our own rewrite): joins the WiFi
%% network in STA mode (on esp32), then sends a datagram to a server every
%% second and prints what it sent.
-module(udp_client).
-export([start/0]).

%% the server (edit for your network; on the simulated board peers are on 127.0.0.1)
-define(SERVER, {127, 0, 0, 1}).
-define(PORT, 44404).
-define(STA_CONFIG, [{ssid, "myssid"}, {psk, "mypsk"}]).

start() ->
    ok = network_up(),
    {ok, Socket} = gen_udp:open(0),
    loop(Socket, 1).

loop(Socket, N) ->
    Packet = <<"Hello from AtomVM #", (integer_to_binary(N))/binary>>,
    case gen_udp:send(Socket, ?SERVER, ?PORT, Packet) of
        ok -> io:format("Sent ~p~n", [Packet]);
        Error -> io:format("An error occurred sending a packet: ~p~n", [Error])
    end,
    timer:sleep(1000),
    loop(Socket, N + 1).

network_up() ->
    case atomvm:platform() of
        esp32 ->
            case network:wait_for_sta(?STA_CONFIG, 30000) of
                {ok, {Address, _Netmask, _Gateway}} ->
                    io:format("Acquired IP address: ~s~n", [inet:ntoa(Address)]);
                {error, Reason} ->
                    io:format("Network initialization failed: ~p~n", [Reason]),
                    error(Reason)
            end;
        _ ->
            ok
    end.
