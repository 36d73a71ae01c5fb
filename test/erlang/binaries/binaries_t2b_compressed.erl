-module(binaries_t2b_compressed).
-export([start/0]).

%% Only facts that do not depend on the zlib implementation are printed.
start() ->
    Terms = [lists:duplicate(1000, $a), [{N, <<"value">>} || N <- lists:seq(1, 100)], small],
    lists:foreach(
      fun(T) ->
              Plain = term_to_binary(T),
              Comp = term_to_binary(T, [compressed]),
              <<Tag:8, Tag2:8, _/binary>> = Comp,
              io:format("~w ~w smaller=~w ~w~n",
                        [Tag, Tag2, byte_size(Comp) < byte_size(Plain), binary_to_term(Comp) =:= T]),
              io:format("  uncompressed size field ok=~w~n", [uncompressed_size(Comp) =:= byte_size(Plain) - 1])
      end, [id(T) || T <- Terms]),
    Hand = zlib:compress(<<107, 0, 3, "abc">>),
    io:format("~p~n", [binary_to_term(<<131, 80, 6:32, Hand/binary>>)]),
    ok.

uncompressed_size(<<131, 80, Size:32, _/binary>>) -> Size;
uncompressed_size(<<131, _/binary>> = B) -> byte_size(B) - 1.

id(X) -> X.
