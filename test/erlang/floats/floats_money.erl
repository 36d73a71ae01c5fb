-module(floats_money).
-export([start/0]).

start() ->
    Items = [{"coffee", 3, 2.45}, {"bagel", 2, 1.99}, {"juice", 1, 4.5}, {"muffin", 12, 0.85}],
    Lines = [{Name, Q, P, Q * P} || {Name, Q, P} <- Items],
    lists:foreach(
      fun({Name, Q, P, T}) -> io:format("~-10s ~3w x ~6.2f = ~8.2f~n", [Name, Q, P, T]) end, Lines),
    Sub = lists:sum([T || {_, _, _, T} <- Lines]),
    Tax = Sub * 0.0825,
    io:format("~-10s ~25.2f~n~-10s ~25.2f~n~-10s ~25.2f~n", ["subtotal", Sub, "tax", Tax, "total", Sub + Tax]),
    Cents = round((Sub + Tax) * 100),
    io:format("cents ~w = ~w.~2..0w~n", [Cents, Cents div 100, Cents rem 100]),
    Cents.
