-module(proc_closure_env).
-export([start/0]).

%% Spawned closures carry their captured environment (large lists, binaries, maps, other
%% funs) into the new process; many children share one captured value.
start() ->
    Self = self(),
    Big = lists:seq(1, 5000),
    Bin = binary:copy(<<"abc">>, 2000),
    Map = maps:from_list([{I, I * 2} || I <- lists:seq(1, 100)]),
    Add = fun(X) -> X + length(Big) end,
    Ps = [spawn(fun() ->
                        Self ! {res, I, Add(I), lists:nth(I, Big), binary:at(Bin, I), maps:get(I, Map)}
                end) || I <- lists:seq(1, 20)],
    Rs = lists:sort([receive {res, I, A, N, B, M} -> {I, A, N, B, M} end || _ <- Ps]),
    io:format("~p~n", [lists:sublist(Rs, 4)]),
    io:format("sum ~p~n", [lists:sum([A + N + B + M || {_, A, N, B, M} <- Rs])]),
    Counter = counter_fun(0),
    P = spawn(fun() -> Self ! {counted, apply_n(Counter, 5)} end),
    receive {counted, C} -> io:format("counted ~p~n", [C]) end,
    _ = P,
    ok.

counter_fun(N) -> fun() -> {N + 1, counter_fun(N + 1)} end.

apply_n(F, 0) -> element(1, F());
apply_n(F, K) -> {_, F2} = F(), apply_n(F2, K - 1).
