-module(beh_gs_crash_in_call).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, terminate/2]).

%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    process_flag(trap_exit, true),
    try1(fun(P) -> gen_server:call(P, divide) end),
    try1(fun(P) -> gen_server:call(P, {exit, boom}) end),
    try1(fun(P) -> gen_server:call(P, {stop, my_reason}) end),
    try1(fun(P) -> gen_server:call(P, bad_return, 1000) end),
    try1(fun(P) -> gen_server:call(P, {throw, {reply, thrown, x}}) end),
    try1(fun(P) -> gen_server:call(P, {throw, weird}) end),
    try1(fun(P) -> gen_server:call(P, no_clause) end),
    ok.

try1(F) ->
    {ok, P} = gen_server:start_link(?MODULE, [], []),
    R = try F(P) of
            V -> {value, V}
        catch
            exit:{Reason, {gen_server, call, [P | Args]}} -> {exit, short(Reason), Args}
        end,
    io:format("~p~n", [R]),
    receive {'EXIT', P, Why} -> io:format("EXIT ~p~n", [short(Why)])
    after 500 -> io:format("no EXIT~n"), gen_server:stop(P), receive {'EXIT', P, _} -> ok end
    end.

short({R, [{M, F, A, _} | _]}) when is_atom(M), is_atom(F) ->
    {R, {M, F, if is_list(A) -> length(A); true -> A end}};
short(R) -> R.

init([]) -> {ok, st}.

handle_call(divide, _From, S) -> {reply, 1 / zero(), S};
handle_call({exit, R}, _From, _S) -> exit(R);
handle_call({stop, R}, _From, S) -> {stop, R, S};
handle_call(bad_return, _From, _S) -> what;
handle_call({throw, T}, _From, _S) -> throw(T);
handle_call(x_never, _From, S) -> {reply, ok, S}.

handle_cast(_, S) -> {noreply, S}.

terminate(R, S) -> io:format("terminate ~p ~p~n", [short(R), S]).

zero() -> list_to_integer("0").
