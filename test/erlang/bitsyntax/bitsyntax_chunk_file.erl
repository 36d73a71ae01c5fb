-module(bitsyntax_chunk_file).
-export([start/0]).

%% An IFF/BEAM-like container: magic, total size, then 4-byte-aligned chunks.
start() ->
    Chunks = [{<<"Atom">>, <<3, "foo", 3, "bar">>}, {<<"Code">>, <<1, 2, 3, 4, 5, 6, 7>>},
              {<<"StrT">>, <<>>}, {<<"Attr">>, <<"x">>}],
    File = build(Chunks),
    io:format("~w bytes~n~w~n", [byte_size(File), File]),
    <<"FOR1", Size:32, "TEST", Body/binary>> = File,
    io:format("size field ~w, body ~w~n", [Size, byte_size(Body)]),
    Parsed = chunks(Body),
    lists:foreach(fun({Id, Data}) -> io:format("~s: ~p~n", [Id, Data]) end, Parsed),
    [Id || {Id, _} <- Parsed].

build(Chunks) ->
    Body = << <<Id/binary, (byte_size(D)):32, D/binary, 0:(pad(byte_size(D)))/unit:8>> || {Id, D} <- Chunks >>,
    <<"FOR1", (byte_size(Body) + 4):32, "TEST", Body/binary>>.

pad(N) -> (4 - N rem 4) rem 4.

chunks(<<>>) -> [];
chunks(<<Id:4/binary, Len:32, Data:Len/binary, Rest/binary>>) ->
    P = pad(Len),
    <<_:P/binary, Next/binary>> = Rest,
    [{Id, Data} | chunks(Next)].
