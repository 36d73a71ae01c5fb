-module(proc_ring).
-export([start/0]).

%% A ring of 1,000 processes passes a token around 100 times (a hundred thousand messages).
%% (The 10,000-process ring is a unit test: OTP needs over a second for it.)
start() ->
    N = id(1000),
    Rounds = id(100),
    Self = self(),
    First = spawn(fun() -> receive {ring, Next} -> relay(Self, Next, 0) end end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Self, Next, 0) end) end, First, lists:seq(2, N)),
    First ! {ring, Last},
    First ! {token, N * Rounds},
    receive
        {done, Hops} -> io:format("token stopped, ~p hops seen by the last holder~n", [Hops])
    end,
    First ! {stop, First},
    receive ring_down -> ok end,
    io:format("ring dismantled~n"),
    ok.

relay(Parent, Next, Seen) ->
    receive
        {token, 0} ->
            Parent ! {done, Seen + 1},
            relay(Parent, Next, Seen + 1);
        {token, K} ->
            Next ! {token, K - 1},
            relay(Parent, Next, Seen + 1);
        {stop, Origin} when Next =:= Origin ->
            Parent ! ring_down;
        {stop, Origin} ->
            Next ! {stop, Origin}
    end.

id(X) -> X.
