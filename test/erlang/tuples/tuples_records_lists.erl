-module(tuples_records_lists).
-export([start/0]).

-record(book, {title, author, year, pages}).

start() ->
    Books = [#book{title = "Dune", author = "Herbert", year = 1965, pages = 412},
             #book{title = "Neuromancer", author = "Gibson", year = 1984, pages = 271},
             #book{title = "Foundation", author = "Asimov", year = 1951, pages = 255},
             #book{title = "Hyperion", author = "Simmons", year = 1989, pages = 482},
             #book{title = "I, Robot", author = "Asimov", year = 1950, pages = 253}],
    ByYear = lists:keysort(#book.year, Books),
    lists:foreach(fun(#book{title = T, year = Y}) -> io:format("~w ~s~n", [Y, T]) end, ByYear),
    Asimov = [B#book.title || B <- Books, B#book.author =:= "Asimov"],
    io:format("~p~n", [Asimov]),
    Longest = lists:foldl(fun(B, Best) when B#book.pages > Best#book.pages -> B; (_, Best) -> Best end,
                          hd(Books), Books),
    io:format("~p~n", [Longest]),
    Total = lists:sum([P || #book{pages = P} <- Books]),
    io:format("~w pages, avg ~.1f~n", [Total, Total / length(Books)]),
    Updated = [B#book{pages = B#book.pages + 10} || B <- Books, B#book.year < 1960],
    io:format("~p~n", [[{T, P} || #book{title = T, pages = P} <- Updated]]),
    lists:keyfind("Dune", #book.title, Books).
