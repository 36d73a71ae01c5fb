-module(proc_receive_guards).
-export([start/0]).

%% Receive patterns with guards, bound variables and nested receives.
start() ->
    Self = self(),
    [Self ! M || M <- [{num, 3}, {num, -1}, {str, "abc"}, {num, 10}, {pair, 1, 1}, {pair, 1, 2}, {tag, Self}]],
    Pos = receive {num, N} when N > 5 -> N end,
    io:format("first > 5: ~p~n", [Pos]),
    Neg = receive {num, N2} when N2 < 0 -> N2 end,
    io:format("negative: ~p~n", [Neg]),
    Same = receive {pair, X, X} -> X end,
    io:format("equal pair: ~p~n", [Same]),
    Mine = receive {tag, Self} -> mine end,
    io:format("bound pid: ~p~n", [Mine]),
    Str = receive {str, S} when is_list(S), length(S) =:= 3 -> S end,
    io:format("string: ~p~n", [Str]),
    Outer = receive
                {num, A} ->
                    self() ! inner_msg,
                    receive inner_msg -> {outer, A, inner} end
            end,
    io:format("nested: ~p~n", [Outer]),
    io:format("left: ~p~n", [flush()]),
    ok.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
