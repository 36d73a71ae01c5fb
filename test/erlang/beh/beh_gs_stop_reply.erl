-module(beh_gs_stop_reply).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, a, []),
    io:format("reply: ~p~n", [gen_server:call(P, {stop, normal, bye})]),
    io:format("exit: ~p~n", [exit_of(P)]),
    {ok, P2} = gen_server:start_link(?MODULE, b, []),
    io:format("reply: ~p~n", [gen_server:call(P2, {stop, {shutdown, done}, bye2})]),
    io:format("exit: ~p~n", [exit_of(P2)]),
    {ok, P3} = gen_server:start_link(?MODULE, c, []),
    gen_server:cast(P3, {stop, shutdown}),
    io:format("exit: ~p~n", [exit_of(P3)]),
    {ok, P4} = gen_server:start_link(?MODULE, d, []),
    P4 ! {stop, weird},
    io:format("exit: ~p~n", [exit_of(P4)]),
    {ok, P5} = gen_server:start_link(?MODULE, e, []),
    ok = gen_server:stop(P5, {shutdown, x}, infinity),
    io:format("exit: ~p~n", [exit_of(P5)]),
    {ok, P6} = gen_server:start_link(?MODULE, f, []),
    R = (catch gen_server:stop(P6, crash_me, infinity)),
    io:format("stop abnormal: ~p~n", [R]),
    io:format("exit: ~p~n", [exit_of(P6)]),
    {ok, P7} = gen_server:start_link(?MODULE, g, []),
    io:format("terminate crash: ~p~n", [catch gen_server:stop(P7, normal, infinity)]),
    io:format("exit: ~p~n", [exit_of(P7)]),
    ok.

exit_of(P) -> receive {'EXIT', P, R} -> R after 1000 -> none end.

init(Tag) -> {ok, Tag}.
handle_call({stop, R, Reply}, _From, S) -> {stop, R, Reply, S}.
handle_cast({stop, R}, S) -> {stop, R, S}.
handle_info({stop, R}, S) -> {stop, R, S}.
terminate(R, g) -> io:format("terminate g ~p~n", [R]), exit(terminate_failed);
terminate(R, S) -> io:format("terminate ~p ~p~n", [S, R]), ignored.
