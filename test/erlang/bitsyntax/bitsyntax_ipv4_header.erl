-module(bitsyntax_ipv4_header).
-export([start/0]).

start() ->
    Hdr = build(#{src => {192, 168, 1, 10}, dst => {10, 0, 0, 1}, proto => 17, ttl => 64,
                  id => 16#1C46, payload => <<"hello udp">>}),
    io:format("~w~n", [Hdr]),
    Parsed = parse(Hdr),
    lists:foreach(fun({K, V}) -> io:format("~p = ~p~n", [K, V]) end, Parsed),
    io:format("checksum ok: ~p~n", [checksum(binary:part(Hdr, 0, 20)) =:= 0]),
    proplists:get_value(total_length, Parsed).

build(#{src := {S1, S2, S3, S4}, dst := {D1, D2, D3, D4}, proto := P, ttl := T, id := Id, payload := Pl}) ->
    Len = 20 + byte_size(Pl),
    H0 = <<4:4, 5:4, 0:8, Len:16, Id:16, 0:3, 0:13, T:8, P:8, 0:16,
           S1, S2, S3, S4, D1, D2, D3, D4>>,
    Sum = checksum(H0),
    <<Pre:10/binary, _:16, Post/binary>> = H0,
    <<Pre/binary, Sum:16, Post/binary, Pl/binary>>.

parse(<<Ver:4, Ihl:4, Tos:8, Len:16, Id:16, Flags:3, Frag:13, Ttl:8, Proto:8, Sum:16,
        S1, S2, S3, S4, D1, D2, D3, D4, Payload/binary>>) ->
    [{version, Ver}, {ihl, Ihl}, {tos, Tos}, {total_length, Len}, {id, Id}, {flags, Flags},
     {frag, Frag}, {ttl, Ttl}, {proto, Proto}, {checksum, Sum},
     {src, {S1, S2, S3, S4}}, {dst, {D1, D2, D3, D4}}, {payload, Payload}].

checksum(Bin) ->
    S = lists:sum([W || <<W:16>> <= Bin]),
    S2 = (S band 16#FFFF) + (S bsr 16),
    S3 = (S2 band 16#FFFF) + (S2 bsr 16),
    (bnot S3) band 16#FFFF.
