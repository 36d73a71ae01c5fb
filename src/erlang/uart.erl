%% AtomVM's uart module: open/1,2, write/2 and close/1 are natives of the platform; reading waits
%% here for the data the device posts ({'$uart_data', Port}) after nif_read/2 answered `wait`.
-module(uart).
-export([read/1, read/2]).

read(UART) -> read(UART, infinity).

read(UART, Timeout) ->
    case uart:nif_read(UART, self()) of
        wait ->
            receive
                {'$uart_data', UART} -> read(UART, Timeout)
            after Timeout ->
                uart:nif_cancel_read(UART),
                {error, timeout}
            end;
        Result ->
            Result
    end.
