-module(bitsyntax_endianness).
-export([start/0]).

start() ->
    V = id(16#01020304),
    io:format("big    ~w~n", [<<V:32/big>>]),
    io:format("little ~w~n", [<<V:32/little>>]),
    io:format("native ~w~n", [<<V:32/native>> =:= <<V:32/little>> orelse <<V:32/native>> =:= <<V:32/big>>]),
    io:format("24 bits ~w ~w~n", [<<V:24/big>>, <<V:24/little>>]),
    io:format("12 bits ~w ~w~n", [<<V:12/big>>, <<V:12/little>>]),
    B = id(<<1, 2, 3, 4, 5, 6, 7, 8>>),
    <<B64:64/big>> = B,
    <<L64:64/little>> = B,
    <<N64:64/native>> = B,
    io:format("~w ~w ~w~n", [B64, L64, N64 =:= B64 orelse N64 =:= L64]),
    <<L16a:16/little, L16b:16/little-signed, _/binary>> = id(<<16#34, 16#12, 16#FE, 16#FF, 0>>),
    io:format("~.16B ~w~n", [L16a, L16b]),
    %% round trip of many values in both orders
    Vals = [0, 1, 255, 256, 65535, 16#DEADBEEF, 16#FFFFFFFF],
    Ok = [begin <<X:32/little>> = <<N:32/little>>, <<Y:32/big>> = <<N:32/big>>, X =:= N andalso Y =:= N end
          || N <- Vals],
    io:format("~w~n", [Ok]),
    <<V:40/little>>.

id(X) -> X.
