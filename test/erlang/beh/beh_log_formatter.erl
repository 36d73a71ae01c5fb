-module(beh_log_formatter).
-export([start/0]).

%% logger_formatter with templates that leave out the time.
start() ->
    Meta = #{time => 0, mfa => {mymod, myfun, 2}, line => 42, pid => self()},
    T1 = #{template => [level, ": ", msg, "\n"]},
    p(#{level => error, msg => {string, "hello"}, meta => Meta}, T1),
    p(#{level => warning, msg => {"x=~p y=~s", [1, "two"]}, meta => Meta}, T1),
    p(#{level => info, msg => {report, #{a => 1, b => "text"}}, meta => Meta}, T1),
    p(#{level => notice, msg => {report, [{k, v}, {s, "str"}]}, meta => Meta}, T1),
    T2 = #{template => [mfa, ":", line, " ", level, " ", msg, "\n"]},
    p(#{level => error, msg => {"multi~nline ~p", [[1, 2, 3]]}, meta => Meta}, T2),
    p(#{level => error, msg => {"multi~nline", []}, meta => Meta}, T2#{single_line => false}),
    T3 = #{template => [{custom, ["custom=", custom], ["no custom"]}, " | ", msg, "\n"]},
    p(#{level => error, msg => {string, <<"bin">>}, meta => Meta#{custom => 7}}, T3),
    p(#{level => error, msg => {string, "s"}, meta => Meta}, T3),
    p(#{level => error, msg => {report, #{x => 1}}, meta => Meta#{report_cb => fun(R) -> {"cb ~p", [maps:get(x, R)]} end}}, T1),
    ok.

p(Ev, Cfg) -> io:format("~ts", [logger_formatter:format(Ev, Cfg)]).
