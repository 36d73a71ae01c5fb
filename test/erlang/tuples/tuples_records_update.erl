-module(tuples_records_update).
-export([start/0]).

-record(account, {id, owner, balance = 0, history = []}).

start() ->
    A0 = #account{id = 1, owner = "bob"},
    A1 = deposit(A0, 100),
    A2 = withdraw(A1, 30),
    A3 = withdraw(A2, 500),
    A4 = deposit(A3, 12),
    io:format("~p~n", [A0]),
    io:format("~p~n", [A4]),
    io:format("~p~n", [lists:reverse(A4#account.history)]),
    Renamed = A4#account{owner = "robert", id = 2},
    io:format("~p~n", [Renamed]),
    io:format("~p~n", [A4 =:= Renamed#account{owner = "bob", id = 1}]),
    Renamed#account.balance.

deposit(#account{balance = B, history = H} = A, N) ->
    A#account{balance = B + N, history = [{deposit, N} | H]}.

withdraw(#account{balance = B, history = H} = A, N) when N =< B ->
    A#account{balance = B - N, history = [{withdraw, N} | H]};
withdraw(#account{history = H} = A, N) ->
    A#account{history = [{refused, N} | H]}.
