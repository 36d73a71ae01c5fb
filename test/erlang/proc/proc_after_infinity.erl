-module(proc_after_infinity).
-export([start/0]).

%% `after infinity` and a computed timeout value behave as expected.
start() ->
    Self = self(),
    spawn(fun() -> timer:sleep(20), Self ! late end),
    A = receive late -> late after id(infinity) -> never end,
    io:format("infinity: ~p~n", [A]),
    B = receive late -> late after id(10) -> timed_out end,
    io:format("computed 10: ~p~n", [B]),
    C = try receive late -> late after id(-1) -> x end
        catch error:E -> {error, E} end,
    io:format("negative: ~p~n", [C]),
    D = try receive late -> late after id(foo) -> x end
        catch error:E2 -> {error, E2} end,
    io:format("atom: ~p~n", [D]),
    {A, B}.

id(X) -> X.
