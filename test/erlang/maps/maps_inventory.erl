-module(maps_inventory).
-export([start/0]).

%% An inventory kept in a map of maps, driven by a list of commands.
start() ->
    Cmds = [{add, widget, 10, 2.5}, {add, gadget, 3, 10.0}, {add, widget, 5, 2.5},
            {remove, gadget, 1}, {remove, gizmo, 1}, {remove, widget, 20}, {add, gizmo, 7, 1.25},
            {price, gizmo, 1.5}, {remove, gadget, 2}],
    Inv = lists:foldl(fun apply_cmd/2, #{}, Cmds),
    lists:foreach(
      fun({Item, #{qty := Q, price := P}}) -> io:format("~-7s ~3w @ ~6.2f = ~7.2f~n", [Item, Q, P, Q * P]) end,
      lists:sort(maps:to_list(Inv))),
    Total = maps:fold(fun(_, #{qty := Q, price := P}, Acc) -> Acc + Q * P end, 0.0, Inv),
    io:format("total ~.2f~n", [Total]),
    Inv.

apply_cmd({add, Item, N, Price}, Inv) ->
    maps:update_with(Item, fun(#{qty := Q} = E) -> E#{qty := Q + N} end, #{qty => N, price => Price}, Inv);
apply_cmd({remove, Item, N}, Inv) ->
    case Inv of
        #{Item := #{qty := Q}} when Q > N ->
            io:format("removed ~w ~p~n", [N, Item]),
            Inv#{Item := (maps:get(Item, Inv))#{qty := Q - N}};
        #{Item := #{qty := Q}} ->
            io:format("removed all ~w ~p~n", [Q, Item]),
            maps:remove(Item, Inv);
        #{} ->
            io:format("no ~p~n", [Item]),
            Inv
    end;
apply_cmd({price, Item, P}, Inv) ->
    #{Item := E} = Inv,
    Inv#{Item := E#{price := P}}.
