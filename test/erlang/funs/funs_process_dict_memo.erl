-module(funs_process_dict_memo).
-export([start/0]).

%% Memoised recursion through a fun that stores results in the process dictionary.
start() ->
    Fib = memo(fun(_Self, N) when N < 2 -> N; (Self, N) -> Self(N - 1) + Self(N - 2) end),
    io:format("~p~n", [Fib(90)]),
    io:format("~p~n", [Fib(150)]),
    Paths = memo(fun(_, {0, _}) -> 1; (_, {_, 0}) -> 1; (Self, {R, C}) -> Self({R - 1, C}) + Self({R, C - 1}) end),
    io:format("~p~n", [Paths({16, 16})]),
    Keys = [K || {{memo, K}, _} <- get()],
    io:format("~p entries~n", [length(Keys)]),
    Fib(10).

memo(F) ->
    fun Self(X) ->
            case get({memo, X}) of
                undefined ->
                    V = F(Self, X),
                    put({memo, X}, V),
                    V;
                V -> V
            end
    end.
