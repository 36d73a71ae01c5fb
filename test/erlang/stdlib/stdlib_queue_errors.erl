-module(stdlib_queue_errors).
-export([start/0]).

start() ->
    E = queue:new(),
    Cases = [
        fun() -> queue:get(E) end,
        fun() -> queue:get_r(E) end,
        fun() -> queue:drop(E) end,
        fun() -> queue:drop_r(E) end,
        fun() -> queue:peek(E) end,
        fun() -> queue:peek_r(E) end,
        fun() -> queue:in(x, id(bad)) end,
        fun() -> queue:in_r(x, id(bad)) end,
        fun() -> queue:out(id(bad)) end,
        fun() -> queue:out_r(id(bad)) end,
        fun() -> queue:len(id(bad)) end,
        fun() -> queue:to_list(id(bad)) end,
        fun() -> queue:from_list(id(bad)) end,
        fun() -> queue:from_list(id([a | b])) end,
        fun() -> queue:is_empty(id(bad)) end,
        fun() -> queue:is_queue(id(bad)) end,
        fun() -> queue:is_queue(id({[], []})) end,
        fun() -> queue:is_queue(id({[a], []})) end,
        fun() -> queue:split(-1, E) end,
        fun() -> queue:split(3, queue:from_list([1, 2])) end,
        fun() -> queue:split(id(a), E) end,
        fun() -> queue:join(E, id(bad)) end,
        fun() -> queue:reverse(id(bad)) end,
        fun() -> queue:member(x, id(bad)) end,
        fun() -> queue:filter(fun(_) -> true end, id(bad)) end,
        fun() -> queue:delete(x, id(bad)) end,
        fun() -> queue:split(0, queue:from_list([1, 2])) end,
        fun() -> queue:split(2, queue:from_list([1, 2])) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, queue_or(V)} catch C:R -> {C, R} end.

queue_or({Q1, Q2} = T) ->
    case queue:is_queue(Q1) andalso queue:is_queue(Q2) of
        true -> {queue:to_list(Q1), queue:to_list(Q2)};
        false -> T
    end;
queue_or(V) -> V.

id(X) -> X.
