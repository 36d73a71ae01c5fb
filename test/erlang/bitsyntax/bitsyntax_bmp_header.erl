-module(bitsyntax_bmp_header).
-export([start/0]).

%% A little-endian file header (BMP-like) built and parsed back.
start() ->
    W = 4, H = 2,
    Pixels = << <<(X * 60):8, (Y * 100):8, 128:8>> || Y <- lists:seq(0, H - 1), X <- lists:seq(0, W - 1) >>,
    RowBytes = ((W * 3 + 3) div 4) * 4,
    Padded = << <<Row/binary, 0:((RowBytes - W * 3) * 8)>> || <<Row:(W * 3)/binary>> <= Pixels >>,
    File = <<"BM", (54 + byte_size(Padded)):32/little, 0:32, 54:32/little,
             40:32/little, W:32/signed-little, H:32/signed-little, 1:16/little, 24:16/little,
             0:32, (byte_size(Padded)):32/little, 2835:32/little, 2835:32/little, 0:32, 0:32,
             Padded/binary>>,
    io:format("~w bytes~n", [byte_size(File)]),
    <<"BM", Size:32/little, _:32, Off:32/little, HS:32/little, PW:32/signed-little, PH:32/signed-little,
      Planes:16/little, Bpp:16/little, _:32, ImgSize:32/little, _/binary>> = File,
    io:format("size=~w off=~w hs=~w ~wx~w planes=~w bpp=~w img=~w~n",
              [Size, Off, HS, PW, PH, Planes, Bpp, ImgSize]),
    <<_:Off/binary, Img/binary>> = File,
    Rows = [[{R, G, B} || <<B, G, R>> <= binary:part(Row, 0, PW * 3)] || <<Row:RowBytes/binary>> <= Img],
    lists:foreach(fun(Row) -> io:format("~w~n", [Row]) end, Rows),
    {PW, PH}.
