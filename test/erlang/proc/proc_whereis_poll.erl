-module(proc_whereis_poll).
-export([start/0]).

%% Children register themselves; the parent polls whereis/1 with yield until the names
%% appear, then watches them disappear as the children end.
start() ->
    Names = [proc_whereis_poll_a, proc_whereis_poll_b, proc_whereis_poll_c],
    Ps = [spawn(fun() -> register(N, self()), receive stop -> ok end end) || N <- Names],
    [poll(fun() -> whereis(N) =/= undefined end) || N <- Names],
    io:format("registered ~p~n", [[whereis(N) =:= P || {N, P} <- lists:zip(Names, Ps)]]),
    io:format("in registered() ~p~n", [[lists:member(N, registered()) || N <- Names]]),
    [N ! stop || N <- Names],
    [poll(fun() -> whereis(N) =:= undefined end) || N <- Names],
    io:format("gone ~p~n", [[whereis(N) || N <- Names]]),
    io:format("alive ~p~n", [[is_process_alive(P) || P <- Ps]]),
    ok.

poll(F) ->
    case F() of
        true -> ok;
        false -> erlang:yield(), poll(F)
    end.
