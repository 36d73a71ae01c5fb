%% Agent: state held by a gen_server whose callbacks (in this module) run the
%% functions the caller passes.
-module('Elixir.Agent').
-export([start_link/1, start_link/2, start/1, start/2, get/2, get/3, get/4, get/5,
         update/2, update/3, update/4, update/5, get_and_update/2, get_and_update/3,
         get_and_update/4, get_and_update/5, cast/2, cast/4, stop/1, stop/2, stop/3]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

start_link(F) -> start_link(F, []).
start_link(F, Opts) -> 'Elixir.GenServer':start_link(?MODULE, F, Opts).
start(F) -> start(F, []).
start(F, Opts) -> 'Elixir.GenServer':start(?MODULE, F, Opts).

get(A, F) -> get(A, F, 5000).
get(A, F, T) -> 'Elixir.GenServer':call(A, {get, F}, T).
get(A, M, F, Args) -> get(A, M, F, Args, 5000).
get(A, M, F, Args, T) -> get(A, mfa(M, F, Args), T).

update(A, F) -> update(A, F, 5000).
update(A, F, T) -> 'Elixir.GenServer':call(A, {update, F}, T).
update(A, M, F, Args) -> update(A, M, F, Args, 5000).
update(A, M, F, Args, T) -> update(A, mfa(M, F, Args), T).

get_and_update(A, F) -> get_and_update(A, F, 5000).
get_and_update(A, F, T) -> 'Elixir.GenServer':call(A, {get_and_update, F}, T).
get_and_update(A, M, F, Args) -> get_and_update(A, M, F, Args, 5000).
get_and_update(A, M, F, Args, T) -> get_and_update(A, mfa(M, F, Args), T).

cast(A, F) -> 'Elixir.GenServer':cast(A, {cast, F}).
cast(A, M, F, Args) -> cast(A, mfa(M, F, Args)).

stop(A) -> stop(A, normal, infinity).
stop(A, R) -> stop(A, R, infinity).
stop(A, R, T) -> 'Elixir.GenServer':stop(A, R, T).

mfa(M, F, Args) -> fun(State) -> apply(M, F, [State | Args]) end.

init(F) when is_function(F, 0) -> {ok, F()};
init({M, F, Args}) -> {ok, apply(M, F, Args)}.

handle_call({get, F}, _, S) -> {reply, F(S), S};
handle_call({update, F}, _, S) -> {reply, ok, F(S)};
handle_call({get_and_update, F}, _, S) ->
    case F(S) of
        {Reply, New} -> {reply, Reply, New};
        Other -> erlang:exit({bad_return_value, Other})
    end.

handle_cast({cast, F}, S) -> {noreply, F(S)}.
handle_info(_, S) -> {noreply, S}.
terminate(_, _) -> ok.
code_change(_, S, _) -> {ok, S}.
