-module(arith_div_rem_signs).
-export([start/0]).

%% div truncates toward zero; rem takes the sign of the dividend.
start() ->
    Ns = [17, -17, 16, -16, 1, -1, 0, 134217728, -134217728],
    Ds = [5, -5, 1, -1, 16, 134217727],
    lists:foreach(
      fun(N) ->
              Row = [{N div D, N rem D} || D <- Ds],
              io:format("~w: ~w~n", [N, Row])
      end, Ns),
    %% identity: N =:= (N div D) * D + N rem D
    Ok = lists:all(fun({N, D}) -> N =:= (N div D) * D + N rem D end,
                   [{N, D} || N <- Ns, D <- Ds]),
    io:format("identity holds: ~p~n", [Ok]),
    Ok.
