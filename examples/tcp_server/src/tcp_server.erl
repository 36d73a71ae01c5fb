%% TCP echo server (the user guide's TCP example, our own rewrite): joins the
%% WiFi network in STA mode (on esp32), listens on port 44405 and, in one
%% process per connection, echoes every packet back until the client closes.
-module(tcp_server).
-export([start/0]).

-define(PORT, 44405).
-define(STA_CONFIG, [{ssid, "myssid"}, {psk, "mypsk"}]).

start() ->
    ok = network_up(),
    case gen_tcp:listen(?PORT, [binary]) of
        {ok, ListenSocket} ->
            {ok, {_, Port}} = inet:sockname(ListenSocket),
            io:format("Listening for connections on port ~p.~n", [Port]),
            accept(ListenSocket);
        Error ->
            io:format("An error occurred listening: ~p~n", [Error])
    end.

accept(ListenSocket) ->
    io:format("Waiting to accept connection...~n"),
    case gen_tcp:accept(ListenSocket) of
        {ok, Socket} ->
            {ok, Peer} = inet:peername(Socket),
            io:format("Accepted connection from ~p.~n", [Peer]),
            Pid = spawn(fun() -> receive go -> echo(Socket) end end),
            ok = gen_tcp:controlling_process(Socket, Pid),
            Pid ! go,
            accept(ListenSocket);
        Error ->
            io:format("An error occurred accepting connection: ~p~n", [Error])
    end.

echo(Socket) ->
    receive
        {tcp_closed, _Socket} ->
            io:format("Connection closed.~n");
        {tcp, Socket, Packet} ->
            io:format("Received packet ~p. Echoing back...~n", [Packet]),
            ok = gen_tcp:send(Socket, Packet),
            echo(Socket)
    end.

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
