-module(beh_gs_send_request).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).

start() ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    R1 = gen_server:send_request(P, {double, 21}),
    io:format("wait: ~p~n", [gen_server:wait_response(R1, 1000)]),
    R2 = gen_server:send_request(P, {double, 5}),
    io:format("receive: ~p~n", [gen_server:receive_response(R2, 1000)]),
    R3 = gen_server:send_request(P, {double, 7}),
    M = receive Msg -> Msg end,
    io:format("check: ~p~n", [gen_server:check_response(M, R3)]),
    R4 = gen_server:send_request(P, {sleep, 100}),
    io:format("wait short: ~p~n", [gen_server:wait_response(R4, 10)]),
    io:format("wait again: ~p~n", [gen_server:wait_response(R4, 1000)]),
    R5 = gen_server:send_request(P, {double, 1}),
    io:format("check other: ~p~n", [gen_server:check_response({other, msg}, R5)]),
    io:format("then: ~p~n", [gen_server:receive_response(R5, infinity)]),
    gen_server:stop(P),
    R6 = gen_server:send_request(P, {double, 1}),
    case gen_server:wait_response(R6, 1000) of
        {error, {Reason, P}} -> io:format("dead: ~p~n", [Reason]);
        Other -> io:format("dead: ~p~n", [Other])
    end,
    ok.

init([]) -> {ok, []}.
handle_call({double, N}, _From, S) -> {reply, 2 * N, S};
handle_call({sleep, T}, _From, S) -> timer:sleep(T), {reply, slept, S}.
handle_cast(_, S) -> {noreply, S}.
