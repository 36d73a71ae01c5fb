-module(strings_word_wrap).
-export([start/0]).

start() ->
    Text = "Erlang is a programming language used to build massively scalable soft real-time "
           "systems with requirements on high availability. Some of its uses are in telecoms, "
           "banking, e-commerce, computer telephony and instant messaging.",
    lists:foreach(
      fun(W) ->
              io:format("-- width ~w --~n", [W]),
              Lines = wrap(string:tokens(Text, " "), W),
              lists:foreach(fun(L) -> io:format("|~s|~n", [string:pad(L, W)]) end, Lines)
      end, [30, 45]),
    Justified = justify("a b c d", 11),
    io:format("[~s]~n", [Justified]),
    length(wrap(string:tokens(Text, " "), 20)).

wrap(Words, W) -> wrap(Words, W, "", []).
wrap([], _, "", Acc) -> lists:reverse(Acc);
wrap([], _, Cur, Acc) -> lists:reverse([Cur | Acc]);
wrap([Word | Rest], W, "", Acc) -> wrap(Rest, W, Word, Acc);
wrap([Word | Rest] = Ws, W, Cur, Acc) ->
    case length(Cur) + 1 + length(Word) =< W of
        true -> wrap(Rest, W, Cur ++ " " ++ Word, Acc);
        false -> wrap(Ws, W, "", [Cur | Acc])
    end.

justify(Line, W) ->
    Words = string:tokens(Line, " "),
    Gaps = length(Words) - 1,
    Spaces = W - length(lists:flatten(Words)),
    {Base, Extra} = {Spaces div Gaps, Spaces rem Gaps},
    lists:flatten(join_gaps(Words, Base, Extra)).

join_gaps([Last], _, _) -> [Last];
join_gaps([W | Ws], Base, Extra) when Extra > 0 -> [W, lists:duplicate(Base + 1, $\s) | join_gaps(Ws, Base, Extra - 1)];
join_gaps([W | Ws], Base, Extra) -> [W, lists:duplicate(Base, $\s) | join_gaps(Ws, Base, Extra)].
