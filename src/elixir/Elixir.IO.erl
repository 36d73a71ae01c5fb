%% IO: output through io:put_chars (the VM's console); devices :stdio and
%% :stderr as io does.
-module('Elixir.IO').
-export([puts/1, puts/2, write/1, write/2, binwrite/1, binwrite/2, inspect/1, inspect/2,
         inspect/3, iodata_to_binary/1, iodata_length/1, chardata_to_string/1]).

puts(Item) -> puts(stdio, Item).
puts(Dev, Item) -> io:put_chars(dev(Dev), [chardata(Item), $\n]).

write(Item) -> write(stdio, Item).
write(Dev, Item) -> io:put_chars(dev(Dev), chardata(Item)).

binwrite(Item) -> binwrite(stdio, Item).
binwrite(Dev, Item) -> io:put_chars(dev(Dev), Item).

inspect(Item) -> inspect(stdio, Item, []).
inspect(Item, Opts) -> inspect(stdio, Item, Opts).
inspect(Dev, Item, Opts) ->
    Label = case lists:keyfind(label, 1, Opts) of
                {label, L} -> [chardata(L), <<": ">>];
                false -> []
            end,
    io:put_chars(dev(Dev), [Label, 'Elixir.Inspect':to_iodata(Item, Opts, 80), $\n]),
    Item.

iodata_to_binary(D) -> iolist_to_binary(D).
iodata_length(D) -> iolist_size(D).

chardata_to_string(B) when is_binary(B) -> B;
chardata_to_string(L) when is_list(L) -> unicode:characters_to_binary(L).

chardata(B) when is_binary(B) -> B;
chardata(L) when is_list(L) -> L;
chardata(X) -> 'Elixir.String.Chars':to_string(X).

dev(stdio) -> standard_io;
dev(stderr) -> standard_error;
dev(D) -> D.
