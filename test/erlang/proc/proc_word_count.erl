-module(proc_word_count).
-export([start/0]).

%% Map/reduce word count: mapper processes count words of their lines, reducer processes own
%% a hash partition of the words, the results merge into one sorted list.
start() ->
    Text = ["the quick brown fox jumps over the lazy dog",
            "the dog barks and the fox runs",
            "a quick brown dog is a happy dog",
            "over and over the story goes",
            "lazy days and quick nights"],
    Self = self(),
    NR = 3,
    Reducers = list_to_tuple([spawn(fun() -> reducer(#{}, length(Text)) end) || _ <- lists:seq(1, NR)]),
    [spawn(fun() -> mapper(Line, Reducers) end) || Line <- Text],
    Parts = [begin
                 element(I, Reducers) ! {result, Self},
                 receive {counts, C} -> C end
             end || I <- lists:seq(1, NR)],
    All = lists:sort(lists:append(Parts)),
    io:format("~p~n", [All]),
    Top = lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, All), 5),
    io:format("top ~p~n", [Top]),
    length(All).

mapper(Line, Reducers) ->
    Words = string:tokens(Line, " "),
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    N = tuple_size(Reducers),
    ByR = lists:foldl(fun({W, C}, Acc) ->
                              R = erlang:phash2(W, N) + 1,
                              maps:update_with(R, fun(L) -> [{W, C} | L] end, [{W, C}], Acc)
                      end, #{}, maps:to_list(Counts)),
    [element(R, Reducers) ! {words, maps:get(R, ByR, [])} || R <- lists:seq(1, N)].

reducer(M, 0) ->
    receive {result, To} -> To ! {counts, maps:to_list(M)} end;
reducer(M, Pending) ->
    receive
        {words, L} ->
            M2 = lists:foldl(fun({W, C}, Acc) -> maps:update_with(W, fun(X) -> X + C end, C, Acc) end, M, L),
            reducer(M2, Pending - 1)
    end.
