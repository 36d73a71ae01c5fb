-module(tuples_records_nested).
-export([start/0]).

-record(address, {street, city, zip}).
-record(employee, {name, address = #address{}, manager}).
-record(company, {name, ceo, staff = []}).

start() ->
    Ceo = #employee{name = "Ann", address = #address{street = "1 Main", city = "Springfield", zip = "12345"}},
    Bob = #employee{name = "Bob", address = #address{city = "Shelbyville"}, manager = Ceo#employee.name},
    C = #company{name = "Acme", ceo = Ceo, staff = [Bob]},
    io:format("~p~n", [C]),
    io:format("~p~n", [((C#company.ceo)#employee.address)#address.city]),
    io:format("~p~n", [C#company.ceo#employee.address#address.zip]),
    Moved = C#company{ceo = Ceo#employee{address = (Ceo#employee.address)#address{city = "Capital City"}}},
    io:format("~p~n", [Moved#company.ceo#employee.address]),
    io:format("~p~n", [[E#employee.address#address.city || E <- [Ceo | C#company.staff]]]),
    #company{ceo = #employee{address = #address{street = S}}} = Moved,
    io:format("~p~n", [S]),
    Moved#company.ceo#employee.address#address.city.
