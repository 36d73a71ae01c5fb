-module(proc_system_info).
-export([start/0]).

%% system_info/1 keys that OTP and the VM answer alike (values by shape where they differ).
start() ->
    io:format("~p~n", [erlang:system_info(otp_release)]),
    io:format("wordsize ~p~n", [lists:member(erlang:system_info(wordsize), [4, 8])]),
    io:format("machine ~p~n", [is_list(erlang:system_info(machine))]),
    io:format("atom_count ~p~n", [is_integer(erlang:system_info(atom_count))]),
    io:format("process_count ~p~n", [erlang:system_info(process_count) >= 1]),
    io:format("port_count ~p~n", [is_integer(erlang:system_info(port_count))]),
    io:format("schedulers ~p~n", [erlang:system_info(schedulers) >= 1]),
    io:format("schedulers_online ~p~n", [erlang:system_info(schedulers_online) >= 1]),
    io:format("process_limit ~p~n", [erlang:system_info(process_limit) > 1000]),
    io:format("atom_limit ~p~n", [erlang:system_info(atom_limit) > 1000]),
    A0 = erlang:system_info(atom_count),
    _ = list_to_atom("proc_system_info_fresh_atom_" ++ integer_to_list(id(12345))),
    io:format("atom_count grew ~p~n", [erlang:system_info(atom_count) - A0]),
    [io:format("~p~n", [try erlang:system_info(K) of _ -> ok catch error:E -> E end]) || K <- [no_such_key, "str", 42]],
    ok.

id(X) -> X.
