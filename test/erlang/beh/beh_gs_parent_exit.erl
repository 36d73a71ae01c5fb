-module(beh_gs_parent_exit).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

%% A server trapping exits terminates when its parent dies; one that does not
%% trap exits dies without calling terminate; EXITs from others are infos.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    Me = self(),
    run(Me, true, shutdown),
    run(Me, true, {shutdown, bye}),
    run(Me, true, kaboom),
    run(Me, false, shutdown),
    {ok, P} = gen_server:start(?MODULE, {Me, true}, []),
    Other = spawn(fun() -> receive go -> exit(other_reason) end end),
    gen_server:call(P, {link, Other}),
    Other ! go,
    timer:sleep(10),
    io:format("infos: ~p~n", [gen_server:call(P, infos)]),
    gen_server:stop(P),
    flush(),
    ok.

run(Me, Trap, Reason) ->
    Mid = spawn(fun() ->
                        {ok, P} = gen_server:start_link(?MODULE, {Me, Trap}, []),
                        Me ! {server, P},
                        receive go -> exit(Reason) end
                end),
    P = receive {server, S} -> S end,
    Ref = monitor(process, P),
    Mid ! go,
    receive {'DOWN', Ref, _, _, Why} -> io:format("trap=~p ~p: down ~p~n", [Trap, Reason, Why]) end,
    flush().

flush() ->
    receive {terminated, R} -> io:format("  terminate(~p)~n", [R]), flush() after 20 -> ok end.

init({Me, Trap}) -> process_flag(trap_exit, Trap), {ok, {Me, []}}.
handle_call({link, P}, _From, S) -> link(P), {reply, ok, S};
handle_call(infos, _From, {_, L} = S) -> {reply, lists:reverse(L), S}.
handle_cast(_, S) -> {noreply, S}.
handle_info({'EXIT', _, R}, {Me, L}) -> {noreply, {Me, [{exit, R} | L]}}.
terminate(R, {Me, _}) -> Me ! {terminated, R}.
