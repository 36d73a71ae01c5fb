-module(misc_state_machine).
-export([start/0]).

%% A vending machine as a pure state machine driven by a list of events.
start() ->
    Events = [{coin, 25}, {coin, 25}, {select, cola}, {coin, 100}, {select, chips}, {select, candy},
              refund, {coin, 10}, {select, water}, {coin, 50}, {select, water}, refund],
    {State, Log} = lists:foldl(fun(E, {S, L}) -> {S2, Out} = step(S, E), {S2, [Out | L]} end,
                               {#{credit => 0, stock => #{cola => 1, chips => 2, candy => 0, water => 5}}, []},
                               Events),
    lists:foreach(fun(L) -> io:format("~p~n", [L]) end, lists:reverse(Log)),
    io:format("~p~n", [State]),
    maps:get(credit, State).

price(cola) -> 50;
price(chips) -> 75;
price(candy) -> 60;
price(water) -> 40.

step(#{credit := C} = S, {coin, V}) -> {S#{credit := C + V}, {credit, C + V}};
step(#{credit := C, stock := St} = S, {select, Item}) ->
    P = price(Item),
    case maps:get(Item, St) of
        0 -> {S, {sold_out, Item}};
        N when C >= P -> {S#{credit := 0, stock := St#{Item := N - 1}}, {vend, Item, change, C - P}};
        _ -> {S, {insufficient, Item, need, P - C}}
    end;
step(#{credit := C} = S, refund) -> {S#{credit := 0}, {refund, C}}.
