%% Stores WiFi credentials in NVS (namespace atomvm) so that apps can start the
%% network without them in their source: network:start/1 and wait_for_sta/1
%% read sta_ssid and sta_psk when the configuration has no ssid or psk.
%% Edit, flash and run once; the password is not printed.
-module(set_network_config).
-export([start/0]).

-define(SSID, <<"myssid">>).
-define(PSK, <<"mypsk">>).

start() ->
    ok = esp:nvs_set_binary(atomvm, sta_ssid, ?SSID),
    ok = esp:nvs_set_binary(atomvm, sta_psk, ?PSK),
    io:format("Stored SSID ~s and its password in NVS (namespace atomvm).~n", [esp:nvs_get_binary(atomvm, sta_ssid)]).
