-module(proc_message_terms).
-export([start/0]).

%% Messages of every term type arrive equal to what was sent (copied between heaps).
start() ->
    Self = self(),
    Echo = spawn(fun() -> echo(Self) end),
    Big = lists:seq(1, 1000),
    Terms = [atom, 42, -7, 1 bsl 100, -(1 bsl 70), 3.14, "string", <<"binary">>,
             <<1:3>>, list_to_binary(lists:duplicate(300, $x)), {tuple, [nested, {deep}]},
             #{a => 1, b => [2, 3]}, maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
             [], {}, self(), make_ref(), Big, [Big, Big], fun lists:reverse/1],
    lists:foreach(fun(T) ->
                          Echo ! {echo, T},
                          receive {back, T2} -> io:format("~p~n", [T2 =:= T]) end
                  end, Terms),
    Bin = list_to_binary(lists:seq(0, 255)),
    <<_:10/binary, Sub:100/binary, _/binary>> = Bin,
    Echo ! {echo, Sub},
    receive {back, Sub2} -> io:format("sub binary ~p ~p~n", [Sub2 =:= Sub, byte_size(Sub2)]) end,
    Echo ! stop,
    ok.

echo(P) ->
    receive
        {echo, T} -> P ! {back, T}, echo(P);
        stop -> ok
    end.
