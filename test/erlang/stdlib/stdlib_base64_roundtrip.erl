-module(stdlib_base64_roundtrip).
-export([start/0]).

%% Encode/decode round trips over lengths 0..80 and every byte value, as binaries and strings.
id(X) -> X.

data(N) -> list_to_binary([(I * 37 + N) rem 256 || I <- lists:seq(1, N)]).

start() ->
    R = [begin
             B = data(id(N)),
             E = base64:encode(B),
             S = base64:encode_to_string(B),
             {byte_size(E) =:= 4 * ((N + 2) div 3), S =:= binary_to_list(E),
              base64:decode(E) =:= B, base64:decode(S) =:= B,
              base64:mime_decode(E) =:= B, base64:decode_to_string(E) =:= binary_to_list(B)}
         end || N <- lists:seq(0, 80)],
    io:format("~p~n", [lists:usort(R)]),
    io:format("~p~n", [[base64:encode(data(N)) || N <- [1, 2, 3, 4, 5]]]),
    Padded = [byte_size(base64:encode(data(N))) - length(string:trim(base64:encode_to_string(data(N)), trailing, "=")) || N <- lists:seq(0, 5)],
    io:format("~p~n", [Padded]),
    base64:encode(id(<<255, 254, 253>>)).
