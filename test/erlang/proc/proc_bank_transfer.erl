-module(proc_bank_transfer).
-export([start/0]).

%% Account processes and concurrent transfer clients: every transfer is serialised by the
%% two accounts through a lock protocol ordered by account number, so the total is conserved.
start() ->
    Self = self(),
    Accounts = list_to_tuple([spawn(fun() -> account(100) end) || _ <- lists:seq(1, 5)]),
    Clients = [spawn(fun() -> client(Self, Accounts, C, 40) end) || C <- lists:seq(1, 4)],
    Done = [receive {client_done, C, N} -> {C, N} end || _ <- Clients],
    io:format("clients ~p~n", [lists:sort(Done)]),
    Balances = [balance(element(I, Accounts)) || I <- lists:seq(1, 5)],
    io:format("total ~p~n", [lists:sum(Balances)]),
    io:format("all non-negative ~p~n", [lists:all(fun(B) -> B >= 0 end, Balances)]),
    ok.

client(Parent, Accounts, C, 0) ->
    _ = Accounts,
    Parent ! {client_done, C, 40};
client(Parent, Accounts, C, K) ->
    From = (C * 7 + K * 3) rem 5 + 1,
    To = (C + K * 2) rem 5 + 1,
    case From =:= To of
        true -> ok;
        false -> transfer(element(From, Accounts), element(To, Accounts), From, To, (K rem 7) + 1)
    end,
    client(Parent, Accounts, C, K - 1).

transfer(A, B, IA, IB, Amount) ->
    {First, Second} = if IA < IB -> {A, B}; true -> {B, A} end,
    lock(First),
    lock(Second),
    BalA = balance(A),
    case BalA >= Amount of
        true -> adjust(A, -Amount), adjust(B, Amount);
        false -> ok
    end,
    unlock(Second),
    unlock(First).

rpc(A, Req) ->
    Ref = make_ref(),
    A ! {Req, self(), Ref},
    receive {Ref, R} -> R end.

lock(A) -> rpc(A, lock).
unlock(A) -> rpc(A, unlock).
balance(A) -> rpc(A, balance).
adjust(A, D) -> rpc(A, {adjust, D}).

account(Bal) -> account_free(Bal).

locked(Bal, Owner) ->
    receive
        {balance, Owner, Ref} -> Owner ! {Ref, Bal}, locked(Bal, Owner);
        {{adjust, D}, Owner, Ref} -> Owner ! {Ref, ok}, locked(Bal + D, Owner);
        {unlock, Owner, Ref} -> Owner ! {Ref, ok}, account_free(Bal)
    end.

account_free(Bal) ->
    receive
        {lock, From, Ref} -> From ! {Ref, ok}, locked(Bal, From);
        {balance, From, Ref} -> From ! {Ref, Bal}, account_free(Bal)
    end.
