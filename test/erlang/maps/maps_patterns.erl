-module(maps_patterns).
-export([start/0]).

start() ->
    Msgs = [#{type => login, user => "ann"}, #{type => logout, user => "bob", reason => idle},
            #{type => data, size => 10, payload => <<"0123456789">>}, #{type => data, size => 2},
            #{user => "nobody"}, #{}, not_a_map],
    lists:foreach(fun(M) -> io:format("~p~n", [handle(id(M))]) end, Msgs),
    K = id(color),
    #{K := C} = id(#{color => blue, size => 3}),
    io:format("~p~n", [C]),
    io:format("~p~n", [[V || #{v := V} <- [#{v => 1}, #{w => 2}, #{v => 3, w => 4}]]]),
    io:format("~p~n", [has_both(#{a => 1, b => 2}, a, b)]),
    io:format("~p~n", [has_both(#{a => 1}, a, b)]),
    case id(#{status => ok, value => 5}) of
        #{status := error} -> io:format("error~n");
        #{status := ok, value := V} when V > 3 -> io:format("big ok ~p~n", [V]);
        #{status := ok} -> io:format("ok~n")
    end,
    handle(#{type => login, user => "zed"}).

handle(#{type := login, user := U}) -> {welcome, U};
handle(#{type := logout, user := U, reason := R}) -> {bye, U, R};
handle(#{type := data, size := S, payload := P}) when byte_size(P) =:= S -> {data_ok, S};
handle(#{type := data}) -> data_bad;
handle(#{} = M) when map_size(M) > 0 -> {unknown, maps:keys(M)};
handle(#{}) -> empty;
handle(_) -> not_a_map.

has_both(M, K1, K2) ->
    case M of
        #{K1 := _, K2 := _} -> true;
        _ -> false
    end.

id(X) -> X.
