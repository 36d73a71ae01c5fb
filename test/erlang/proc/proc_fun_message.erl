-module(proc_fun_message).
-export([start/0]).

%% Funs (with captured values) sent to another process and called there.
start() ->
    Self = self(),
    Worker = spawn(fun() -> worker() end),
    K = id(7),
    List = [1, 2, 3],
    Worker ! {run, Self, fun(X) -> X * K end, [6]},
    Worker ! {run, Self, fun() -> lists:sum(List) + K end, []},
    Worker ! {run, Self, fun lists:reverse/1, [List]},
    Worker ! {run, Self, fun erlang:self/0, []},
    [receive {result, R} -> io:format("~p~n", [shape(R, Worker)]) end || _ <- [1, 2, 3, 4]],
    Worker ! {run, Self, fun(_) -> error(inside) end, [x]},
    receive {result, R2} -> io:format("~p~n", [R2]) end,
    Worker ! stop,
    ok.

worker() ->
    receive
        {run, From, F, Args} ->
            From ! {result, try apply(F, Args) catch error:E -> {caught, E} end},
            worker();
        stop -> ok
    end.

shape(P, P) -> worker_pid;
shape(R, _) -> R.

id(X) -> X.
