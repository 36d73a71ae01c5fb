%% A gen_server worker for the supervisor programs in test/erlang/beh/:
%% start_link(Id) registers nothing, reports {started, Id} to the process
%% registered as beh_observer (when there is one) and dies on request.
-module(beh_worker).
-behaviour(gen_server).
-export([start_link/1, start_link/2, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
-export([crash/2, stop/2, ping/1, start_fail/1, start_ignore/1, spawn_plain/1, plain_loop/1]).

start_link(Id) -> start_link(Id, []).

start_link(Id, Opts) -> gen_server:start_link(?MODULE, {Id, Opts}, []).

start_fail(Why) -> {error, Why}.

start_ignore(_) -> ignore.

%% A plain process (proc_lib) as a child.
spawn_plain(Id) ->
    Pid = proc_lib:spawn_link(?MODULE, plain_loop, [Id]),
    note({started, Id}),
    {ok, Pid}.

plain_loop(Id) ->
    receive
        {die, R} -> exit(R);
        _ -> plain_loop(Id)
    end.

note(Msg) ->
    case whereis(beh_observer) of
        undefined -> ok;
        P -> P ! Msg
    end.

crash(Pid, Reason) -> gen_server:cast(Pid, {crash, Reason}).

stop(Pid, Reason) -> gen_server:cast(Pid, {stop, Reason}).

ping(Pid) -> gen_server:call(Pid, ping).

init({Id, Opts}) ->
    case lists:member(trap_exit, Opts) of
        true -> process_flag(trap_exit, true);
        false -> ok
    end,
    note({started, Id}),
    {ok, {Id, Opts}}.

handle_call(ping, _From, {Id, _} = S) -> {reply, {pong, Id}, S}.

handle_cast({crash, R}, _S) -> exit(R);
handle_cast({stop, R}, S) -> {stop, R, S}.

handle_info(_, S) -> {noreply, S}.

terminate(R, {Id, Opts}) ->
    case lists:keyfind(slow_terminate, 1, Opts) of
        {_, T} -> timer:sleep(T);
        false -> ok
    end,
    note({terminated, Id, R}).
