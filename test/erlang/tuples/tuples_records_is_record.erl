-module(tuples_records_is_record).
-export([start/0]).

-record(cat, {name, lives = 9}).
-record(dog, {name, breed}).

start() ->
    Things = [#cat{name = "tom"}, #dog{name = "rex", breed = lab}, {cat, "fake"}, {cat, "x", 9}, cat, {}],
    lists:foreach(
      fun(T) ->
              io:format("~p: ~p ~p ~p ~p~n",
                        [T, is_record(T, cat), is_record(T, dog), is_record(T, cat, 3), kind(T)])
      end, [id(T) || T <- Things]),
    length([T || T <- Things, is_record(T, cat)]).

kind(T) when is_record(T, cat) -> cat;
kind(T) when is_record(T, dog) -> dog;
kind(_) -> unknown.

id(X) -> X.
