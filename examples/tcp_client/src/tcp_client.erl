%% TCP client (the user guide's TCP example, our own rewrite): joins the WiFi
%% network in STA mode (on esp32), then every second connects to a server,
%% sends a packet, prints the reply and closes the connection.
-module(tcp_client).
-export([start/0]).

%% the server (edit for your network; on the simulated board peers are on 127.0.0.1)
-define(SERVER, {127, 0, 0, 1}).
-define(PORT, 44405).
-define(STA_CONFIG, [{ssid, "myssid"}, {psk, "mypsk"}]).

start() ->
    ok = network_up(),
    loop(1).

loop(N) ->
    case gen_tcp:connect(?SERVER, ?PORT, [binary]) of
        {ok, Socket} ->
            {ok, Peer} = inet:peername(Socket),
            io:format("Connected to ~p.~n", [Peer]),
            Packet = <<"Hello from AtomVM #", (integer_to_binary(N))/binary>>,
            ok = gen_tcp:send(Socket, Packet),
            receive
                {tcp, Socket, Reply} -> io:format("Received ~p~n", [Reply]);
                {tcp_closed, Socket} -> io:format("Connection closed.~n")
            after 5000 ->
                io:format("No reply.~n")
            end,
            gen_tcp:close(Socket);
        Error ->
            io:format("An error occurred connecting: ~p~n", [Error])
    end,
    timer:sleep(1000),
    loop(N + 1).

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
