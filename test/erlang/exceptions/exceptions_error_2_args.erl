-module(exceptions_error_2_args).
-export([start/0]).

%% error/2 and error/3 put the given argument list in the first frame.
start() ->
    R1 = try checked_div(id(1), id(0)) catch error:E1:St1 -> {E1, frame(St1)} end,
    io:format("~p~n", [R1]),
    R2 = try checked_div(id(a), id(1)) catch error:E2:St2 -> {E2, frame(St2)} end,
    io:format("~p~n", [R2]),
    R3 = try error(plain) catch error:E3:St3 -> {E3, frame(St3)} end,
    io:format("~p~n", [R3]),
    R4 = try error(with_opts, [x], [{error_info, #{module => ?MODULE}}])
         catch error:E4:St4 -> {E4, frame(St4)}
         end,
    io:format("~p~n", [R4]),
    R5 = try error(none, none) catch error:E5:St5 -> {E5, frame(St5)} end,
    io:format("~p~n", [R5]),
    checked_div(id(9), id(3)).

checked_div(A, B) when not is_integer(A); not is_integer(B) -> error(badarg, [A, B]);
checked_div(_, 0) -> error(division_by_zero, [zero]);
checked_div(A, B) -> A div B.

frame([{M, F, A, Info} | _]) -> {M, F, A, proplists:get_value(line, Info)}.

id(X) -> X.
