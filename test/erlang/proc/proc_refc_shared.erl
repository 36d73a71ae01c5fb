-module(proc_refc_shared).
-export([start/0]).

%% One large binary sent to many processes: each keeps a sub-binary and answers later, after
%% the sender dropped its reference and collected; all views stay valid.
start() ->
    Self = self(),
    Ps = spawn_readers(Self),
    erlang:garbage_collect(),
    [P ! report || P <- Ps],
    Rs = [receive {report, P, R} -> R end || P <- Ps],
    io:format("~p~n", [Rs]),
    [P ! stop || P <- Ps],
    Big = make_bin(),
    {A, B} = split_binary(Big, 1000),
    Q = spawn(fun() -> receive {X, Y} -> Self ! {sizes, byte_size(X), byte_size(Y), binary:at(Y, 0), binary:last(X)} end end),
    Q ! {A, B},
    receive {sizes, S1, S2, F, L} -> io:format("split ~p ~p ~p ~p~n", [S1, S2, F, L]) end,
    ok.

make_bin() -> list_to_binary([I rem 256 || I <- lists:seq(0, 99999)]).

spawn_readers(Parent) ->
    Big = make_bin(),
    [spawn(fun() -> reader(Parent, Big, I) end) || I <- lists:seq(0, 9)].

reader(Parent, Big, I) ->
    Part = binary:part(Big, I * 10000, 100),
    Sum = lists:sum(binary_to_list(Part)),
    receive
        report ->
            erlang:garbage_collect(),
            Parent ! {report, self(), {I, byte_size(Part), Sum, binary:first(Part)}},
            receive stop -> ok end
    end.
