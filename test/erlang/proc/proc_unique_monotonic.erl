-module(proc_unique_monotonic).
-export([start/0]).

%% unique_integer([monotonic]) and monotonic_time keep their order across processes: a
%% value taken after receiving a message is greater than one taken before sending it.
start() ->
    Self = self(),
    U0 = erlang:unique_integer([monotonic, positive]),
    T0 = erlang:monotonic_time(),
    P = spawn(fun() -> relay(Self, 20) end),
    P ! {hop, U0, T0},
    receive {chain, Ok, Us} ->
            io:format("chain increasing ~p ~p~n", [Ok, length(Us)]),
            io:format("all positive ~p~n", [lists:all(fun(U) -> U > 0 end, Us)])
    end,
    Ps = [spawn(fun() -> Self ! {u, [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 50)]} end) || _ <- lists:seq(1, 5)],
    Lists = [receive {u, L} -> L end || _ <- Ps],
    io:format("each list increasing ~p~n", [lists:all(fun(L) -> L =:= lists:usort(L) end, Lists)]),
    All = lists:append(Lists),
    io:format("all distinct ~p~n", [length(lists:usort(All)) =:= length(All)]),
    Plain = [erlang:unique_integer() || _ <- lists:seq(1, 100)],
    io:format("plain distinct ~p~n", [length(lists:usort(Plain)) =:= 100]),
    Pos = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 100)],
    io:format("positive ~p~n", [lists:all(fun(X) -> X > 0 end, Pos)]),
    Ts = [erlang:monotonic_time(nanosecond) || _ <- lists:seq(1, 100)],
    io:format("monotonic non-decreasing ~p~n", [Ts =:= lists:sort(Ts)]),
    io:format("~p~n", [try erlang:unique_integer([bogus]) catch error:E -> E end]),
    io:format("~p~n", [try erlang:unique_integer(monotonic) catch error:E2 -> E2 end]),
    ok.

relay(Parent, 0) ->
    receive {hop, _, _} = M -> Parent ! {chain, true, [element(2, M)]} end;
relay(Parent, N) ->
    receive
        {hop, Prev, PrevT} ->
            U = erlang:unique_integer([monotonic, positive]),
            T = erlang:monotonic_time(),
            Self = self(),
            Next = spawn(fun() -> relay(Self, N - 1) end),
            Next ! {hop, U, T},
            receive {chain, Ok, Us} -> Parent ! {chain, Ok andalso U > Prev andalso T >= PrevT andalso U < hd(Us), [U | Us]} end
    end.
