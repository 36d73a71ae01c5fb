%% io: the parts of OTP 25's io module beside format/fwrite/put_chars/nl (which
%% are natives of the VM writing to the console). Our own implementation.
%% There is no io server: the device argument is ignored and reading is not
%% supported.
-module(io).

-export([write/1, write/2, printable_range/0, columns/0, columns/1, rows/0, rows/1]).

write(Term) -> io:put_chars(io_lib:write(Term)).

write(_Device, Term) -> write(Term).

%% As OTP started without +pc unicode.
printable_range() -> latin1.

%% The console is not a terminal.
columns() -> {error, enotsup}.

columns(_Device) -> {error, enotsup}.

rows() -> {error, enotsup}.

rows(_Device) -> {error, enotsup}.
