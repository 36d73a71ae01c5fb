-module(exceptions_badrecord).
-export([start/0]).

-record(user, {name, role = guest}).
-record(group, {name, members = []}).

start() ->
    U = #user{name = "ann"},
    G = #group{name = "admins"},
    Tests = [fun() -> name_of(id(G)) end,
             fun() -> (id(G))#user.role end,
             fun() -> (id(U))#group{members = [x]} end,
             fun() -> (id({user}))#user.name end,
             fun() -> (id(undefined))#user.name end,
             fun() -> promote(id(G)) end],
    lists:foreach(fun(F) -> io:format("~p~n", [try F() catch error:E -> E end]) end, Tests),
    io:format("~p~n", [promote(U)]),
    name_of(U).

name_of(R) -> R#user.name.

promote(#user{} = U) -> U#user{role = admin};
promote(Other) -> Other#user{role = admin}.

id(X) -> X.
