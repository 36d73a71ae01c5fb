-module(bitsyntax_construct_basic).
-export([start/0]).

start() ->
    X = id(16#ABCD), Y = id(-2), Z = id(300),
    Bins = [<<1, 2, 3>>,
            <<X:16>>, <<X:16/little>>, <<X:8>>, <<X:24>>, <<X:32/little>>,
            <<Y:8>>, <<Y:16>>, <<Y:16/little-signed>>, <<Y:4, 0:4>>,
            <<Z:8>>, <<Z:16>>, <<Z>>,
            <<X:16, Y:8, Z:16/little>>,
            <<"abc", 0, "def">>,
            <<(id(1)), (id(2)):16, (id(3)):32/big>>],
    lists:foreach(fun(B) -> io:format("~w ~w~n", [B, byte_size(B)]) end, Bins),
    Vals = [id(V) || V <- [0, 1, 127, 128, 255, 256, -1, -128, -129]],
    io:format("~w~n", [<< <<V:8>> || V <- Vals >>]),
    io:format("~w~n", [<< <<V:16/signed-little>> || V <- Vals >>]),
    <<X:16, Y:16>>.

id(V) -> V.
