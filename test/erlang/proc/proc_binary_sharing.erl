-module(proc_binary_sharing).
-export([start/0]).

%% Large (off-heap) binaries passed through several processes stay intact after their
%% senders die and after garbage collections.
start() ->
    Self = self(),
    Big = list_to_binary([I rem 256 || I <- lists:seq(1, 100000)]),
    Stage3 = spawn(fun() -> receive {bin, B} -> garbage_collect(), Self ! {final, B} end end),
    Stage2 = spawn(fun() -> receive {bin, B} -> <<_:1000/binary, Rest/binary>> = B, Stage3 ! {bin, Rest} end end),
    Stage1 = spawn(fun() -> receive {bin, B} -> Stage2 ! {bin, <<B/binary, "tail">>} end end),
    Stage1 ! {bin, Big},
    receive {final, F} ->
            io:format("size ~p~n", [byte_size(F)]),
            io:format("tail ~p~n", [binary:part(F, byte_size(F) - 4, 4)]),
            io:format("prefix ok ~p~n", [binary:part(F, 0, 99000) =:= binary:part(Big, 1000, 99000)])
    end,
    garbage_collect(),
    Subs = [binary:part(Big, I * 1000, 10) || I <- lists:seq(0, 9)],
    Collector = spawn(fun() -> receive {subs, S} -> Self ! {back, S} end end),
    Collector ! {subs, Subs},
    receive {back, S2} -> io:format("subs ~p~n", [S2 =:= Subs]) end,
    ok.
