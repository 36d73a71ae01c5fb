-module(beh_gs_init_results).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).

%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    [io:format("~p -> ~p~n", [A, clean(gen_server:start(?MODULE, A, []))])
     || A <- [ok, ok_timeout, ok_hib, ignore, stop, bad, crash, throw, exit_in_init]],
    io:format("named ignore: ~p ~p~n", [gen_server:start({local, beh_gs_init_n}, ?MODULE, ignore, []),
                                        whereis(beh_gs_init_n)]),
    io:format("named stop: ~p ~p~n", [gen_server:start({local, beh_gs_init_n}, ?MODULE, stop, []),
                                      whereis(beh_gs_init_n)]),
    process_flag(trap_exit, true),
    [begin
         R = clean(gen_server:start_link(?MODULE, A, [])),
         E = receive {'EXIT', _, W} -> clean(W) after 100 -> no_exit end,
         io:format("link ~p -> ~p, ~p~n", [A, R, E])
     end || A <- [ignore, stop, bad, crash]],
    R1 = (catch gen_server:start(?MODULE, {sleep, 100}, [{timeout, 20}])),
    io:format("start timeout: ~p~n", [R1]),
    R2 = (catch gen_server:start_link(?MODULE, {sleep, 100}, [{timeout, 20}])),
    io:format("start_link timeout: ~p~n", [R2]),
    receive {'EXIT', _, W2} -> io:format("exit ~p~n", [W2]) after 50 -> io:format("no exit~n") end,
    ok.

clean({ok, P}) when is_pid(P) -> {ok, pid};
clean({error, {R, [{M, F, A, _} | _]}}) -> {error, {R, {M, F, A}}};
clean({R, [{M, F, A, _} | _]}) -> {R, {M, F, A}};
clean(X) -> X.

init(ok) -> {ok, s};
init(ok_timeout) -> {ok, s, 100};
init(ok_hib) -> {ok, s, hibernate};
init(ignore) -> ignore;
init(stop) -> {stop, no_way};
init(bad) -> {what, ever};
init(crash) -> erlang:error(init_crash);
init(throw) -> throw({ok, thrown_state});
init(exit_in_init) -> exit(bye);
init({sleep, T}) -> timer:sleep(T), {ok, s}.

handle_call(_, _, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
