-module(stdlib_app_records).
-export([start/0]).

-record(emp, {name, dept, salary, age}).

start() ->
    Es = id([#emp{name = "ann", dept = eng, salary = 120, age = 34},
             #emp{name = "bob", dept = ops, salary = 90, age = 45},
             #emp{name = "cid", dept = eng, salary = 120, age = 29},
             #emp{name = "dee", dept = hr, salary = 70, age = 51},
             #emp{name = "eve", dept = ops, salary = 95, age = 38}]),
    io:format("~p~n", [[E#emp.name || E <- lists:keysort(#emp.salary, Es)]]),
    io:format("~p~n", [[E#emp.name || E <- lists:reverse(lists:keysort(#emp.age, Es))]]),
    ByDept = lists:foldl(fun(E, D) -> orddict:append(E#emp.dept, E#emp.name, D) end, orddict:new(), Es),
    io:format("~p~n", [ByDept]),
    Totals = [{D, lists:sum([E#emp.salary || E <- Es, E#emp.dept =:= D])} || D <- orddict:fetch_keys(ByDept)],
    io:format("~p~n", [Totals]),
    {Young, Old} = lists:partition(fun(E) -> E#emp.age < 40 end, Es),
    io:format("~p ~p~n", [length(Young), length(Old)]),
    Best = lists:foldl(fun(E, B) when E#emp.salary > B#emp.salary -> E; (_, B) -> B end, hd(Es), Es),
    io:format("~s~n", [Best#emp.name]),
    io:format("~p~n", [lists:ukeysort(#emp.dept, Es) =:= lists:ukeysort(#emp.dept, lists:reverse(Es))]),
    lists:keyfind("dee", #emp.name, Es).

id(X) -> X.
