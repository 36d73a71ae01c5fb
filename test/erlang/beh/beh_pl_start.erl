-module(beh_pl_start).
-export([start/0, init_ok/1, init_slow/1, init_crash/1, init_exit/1, init_ack1/0]).

%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    io:format("~p~n", [proc_lib:start(?MODULE, init_ok, [self()])]),
    io:format("~p~n", [proc_lib:start(?MODULE, init_slow, [self()], 20)]),
    io:format("~p~n", [clean(proc_lib:start(?MODULE, init_crash, [self()]))]),
    io:format("~p~n", [proc_lib:start(?MODULE, init_exit, [self()], 1000)]),
    process_flag(trap_exit, true),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init_ok, [self()])]),
    io:format("~p~n", [clean(proc_lib:start_link(?MODULE, init_crash, [self()]))]),
    receive {'EXIT', _, R} -> io:format("exit ~p~n", [clean(R)]) after 100 -> io:format("no exit~n") end,
    io:format("~p~n", [proc_lib:start_link(?MODULE, init_ack1, [], 1000)]),
    ok.

clean({error, R}) -> {error, clean(R)};
clean({R, [{M, F, A, _} | _]}) when is_atom(M) -> {R, {M, F, A}};
clean(R) -> R.

init_ok(Parent) -> proc_lib:init_ack(Parent, {ok, started}), receive stop -> ok end.
init_slow(Parent) -> timer:sleep(200), proc_lib:init_ack(Parent, late).
init_crash(_) -> erlang:error(crashed_in_init).
init_exit(_) -> exit(gave_up).
init_ack1() -> proc_lib:init_ack({one_arg, ok}).
