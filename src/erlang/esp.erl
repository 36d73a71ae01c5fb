%% AtomVM's esp module: the device natives (NVS, restart, reset_reason, deep_sleep ...) come from
%% the platform; only the lookups with a default of any type are written here.
-module(esp).
-export([get_binary/3, nvs_get_binary/3]).

get_binary(Namespace, Key, Default) ->
    case esp:nvs_get_binary(Namespace, Key) of
        undefined -> Default;
        Value -> Value
    end.

nvs_get_binary(Namespace, Key, Default) -> get_binary(Namespace, Key, Default).
