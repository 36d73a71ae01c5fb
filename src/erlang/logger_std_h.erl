%% logger_std_h: the console handler (our own implementation of OTP's
%% standard handler for the types standard_io and standard_error; file
%% logging is not supported). It formats in the logging process and writes
%% to the error console for both types (stderr on the host, the console on a
%% device), as the VM's own crash reports: a program's stdout then holds what
%% it prints itself, as under OTP when a program's group leader is not the
%% logger's `user` (the differential tests compare exactly that).
-module(logger_std_h).

-export([log/2, adding_handler/1, removing_handler/1, changing_config/3]).

adding_handler(#{config := #{type := T}} = C) when T =:= standard_io; T =:= standard_error -> {ok, C};
adding_handler(#{config := #{type := T}}) -> {error, {invalid_config, logger_std_h, #{type => T}}};
adding_handler(C) -> {ok, C#{config => maps:merge(#{type => standard_io}, maps:get(config, C, #{}))}}.

removing_handler(_) -> ok.

changing_config(_, _, New) -> {ok, New}.

log(Ev, Cfg) ->
    {FM, FC} = maps:get(formatter, Cfg, {logger_formatter, #{}}),
    io:put_chars(standard_error, FM:format(Ev, FC)).
