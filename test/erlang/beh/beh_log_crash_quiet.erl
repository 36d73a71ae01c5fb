-module(beh_log_crash_quiet).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).

%% Crash reports of gen_server, proc_lib and supervisor go to the logger,
%% not to the program's stdout: with a level of none nothing shows anywhere.
start() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, [], []),
    catch gen_server:call(P, crash),
    receive {'EXIT', P, {R, _}} -> io:format("server exit ~p~n", [R]) end,
    Q = proc_lib:spawn_link(fun() -> exit(plain_crash) end),
    receive {'EXIT', Q, R2} -> io:format("proc_lib exit ~p~n", [R2]) end,
    logger:set_primary_config(level, notice),
    ok.

init([]) -> {ok, []}.
handle_call(crash, _, _) -> erlang:error(deliberate).
handle_cast(_, S) -> {noreply, S}.
