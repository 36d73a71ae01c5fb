-module(maps_nested).
-export([start/0]).

start() ->
    Cfg = #{server => #{host => "localhost", port => 8080, tls => #{enabled => false}},
            db => #{pool => 10, name => "main"}},
    io:format("~p~n", [get_in([server, tls, enabled], Cfg)]),
    io:format("~p~n", [get_in([db, pool], Cfg)]),
    io:format("~p~n", [get_in([db, missing], Cfg)]),
    C2 = put_in([server, tls, enabled], true, Cfg),
    C3 = put_in([server, tls, cert], "/etc/cert.pem", C2),
    C4 = put_in([cache, ttl], 60, C3),
    io:format("~p~n", [C4]),
    #{server := #{port := Port}} = C4,
    io:format("~p~n", [Port]),
    C5 = C4#{db := (maps:get(db, C4))#{pool := 20}},
    io:format("~p~n", [maps:get(db, C5)]),
    get_in([server, tls], C4).

get_in([], V) -> V;
get_in([K | Ks], M) when is_map(M) ->
    case maps:find(K, M) of
        {ok, V} -> get_in(Ks, V);
        error -> undefined
    end.

put_in([K], V, M) -> M#{K => V};
put_in([K | Ks], V, M) -> M#{K => put_in(Ks, V, maps:get(K, M, #{}))}.
