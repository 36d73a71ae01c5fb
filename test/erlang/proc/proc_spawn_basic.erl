-module(proc_spawn_basic).
-export([start/0]).

%% spawn/1 of a closure, a ping-pong exchange, and a result sent back.
start() ->
    Parent = self(),
    Base = id(10),
    P = spawn(fun() ->
                      receive
                          {ping, From, N} -> From ! {pong, self(), N + Base}
                      end
              end),
    true = is_pid(P),
    P ! {ping, Parent, 5},
    R = receive
            {pong, P, V} -> V
        end,
    io:format("pong value ~p~n", [R]),
    Workers = [spawn(fun() -> Parent ! {done, I, I * I} end) || I <- lists:seq(1, 5)],
    Results = [receive {done, I, Sq} -> {I, Sq} end || I <- lists:seq(1, 5)],
    io:format("~p~n", [Results]),
    io:format("~p workers~n", [length(Workers)]),
    io:format("distinct ~p~n", [length(lists:usort(Workers))]),
    io:format("self is not a worker: ~p~n", [not lists:member(self(), Workers)]),
    R.

id(X) -> X.
