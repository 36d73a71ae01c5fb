-module(proc_supervisor).
-export([start/0]).

%% A minimal supervisor: traps exits, restarts crashed workers up to a limit.
start() ->
    Self = self(),
    Sup = spawn(fun() -> process_flag(trap_exit, true), sup_init(Self) end),
    receive {sup_ready, W1} -> ok end,
    W1 ! {work, 3},
    receive {result, R1} -> io:format("result ~p~n", [R1]) end,
    W1 ! crash,
    receive {restarted, W2, Why} -> io:format("restarted after ~p, new pid ~p~n", [Why, W2 =/= W1]) end,
    W2 ! {work, 4},
    receive {result, R2} -> io:format("result ~p~n", [R2]) end,
    W2 ! crash,
    receive {restarted, W3, _} -> ok end,
    W3 ! crash,
    receive {gave_up, Count} -> io:format("gave up after ~p restarts~n", [Count]) end,
    Ref = monitor(process, Sup),
    receive {'DOWN', Ref, process, Sup, SupWhy} -> io:format("supervisor ~p~n", [SupWhy]) end,
    ok.

sup_init(Parent) ->
    W = spawn_link(fun() -> worker(Parent) end),
    Parent ! {sup_ready, W},
    sup_loop(Parent, W, 0).

sup_loop(Parent, W, Restarts) ->
    receive
        {'EXIT', W, Why} when Restarts < 2 ->
            W2 = spawn_link(fun() -> worker(Parent) end),
            Parent ! {restarted, W2, reason(Why)},
            sup_loop(Parent, W2, Restarts + 1);
        {'EXIT', W, _} ->
            Parent ! {gave_up, Restarts},
            exit(too_many_restarts)
    end.

reason({R, _Stack}) -> R;
reason(R) -> R.

worker(Parent) ->
    receive
        {work, N} -> Parent ! {result, N * 100}, worker(Parent);
        crash -> error(worker_crash)
    end.
