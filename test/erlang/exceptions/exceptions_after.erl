-module(exceptions_after).
-export([start/0]).

start() ->
    R1 = try
             io:format("body 1~n"),
             ok
         after
             io:format("after 1~n")
         end,
    io:format("result 1: ~p~n", [R1]),
    R2 = try
             try
                 io:format("body 2~n"),
                 throw(oops)
             after
                 io:format("after 2 (inner)~n")
             end
         catch
             throw:T -> io:format("caught ~p~n", [T]), {caught, T}
         after
             io:format("after 2 (outer)~n")
         end,
    io:format("result 2: ~p~n", [R2]),
    R3 = try id(5) of
             5 -> io:format("of clause~n"), five
         catch
             _:_ -> never
         after
             io:format("after 3~n"), ignored_value
         end,
    io:format("result 3: ~p~n", [R3]),
    R4 = (catch try exit(bye) after io:format("after 4 runs during exit~n") end),
    io:format("result 4: ~p~n", [R4]),
    R5 = try
             try error(first) after throw(from_after) end
         catch C:E -> {C, E}
         end,
    io:format("result 5: ~p~n", [R5]),
    R6 = lists:map(fun(N) -> try N * 2 after put(last, N) end end, [1, 2, 3]),
    io:format("result 6: ~p last=~p~n", [R6, get(last)]),
    R2.

id(X) -> X.
