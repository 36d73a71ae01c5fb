-module(proc_dict_ops).
-export([start/0]).

%% The process dictionary API: return values of put/erase, get_keys/0,1, erase/0, and keys
%% of every kind of term.
start() ->
    io:format("~p~n", [put(a, 1)]),
    io:format("~p~n", [put(a, 2)]),
    io:format("~p ~p~n", [get(a), get(missing)]),
    Keys = [{tuple, 1}, [l, i, s, t], <<"bin">>, 1.5, 42, -7, 123456789012345678901234567890, "str", self_key],
    [put(K, {val, K}) || K <- Keys],
    io:format("all found ~p~n", [lists:all(fun(K) -> get(K) =:= {val, K} end, Keys)]),
    io:format("1 =/= 1.0: ~p ~p~n", [get(1), get(1.5)]),
    put(x, same), put(y, same), put(z, other),
    io:format("by value ~p~n", [lists:sort(get_keys(same))]),
    io:format("by value none ~p~n", [get_keys(nothing)]),
    io:format("count ~p~n", [length(get_keys())]),
    io:format("erase ~p ~p~n", [erase(a), erase(a)]),
    io:format("erase missing ~p~n", [erase(never_there)]),
    All = erase(),
    io:format("erase/0 gave ~p pairs~n", [length(All)]),
    io:format("sorted ~p~n", [lists:sort([K || {K, _} <- All, is_atom(K)])]),
    io:format("now ~p ~p~n", [get(), get_keys()]),
    Big = lists:seq(1, 3000),
    put(big, Big),
    _ = [lists:seq(1, 100) || _ <- lists:seq(1, 100)],
    erlang:garbage_collect(),
    io:format("big survives gc ~p~n", [lists:sum(get(big))]),
    Self = self(),
    spawn(fun() ->
                  [put(I, I * I) || I <- lists:seq(1, 500)],
                  erlang:garbage_collect(),
                  Self ! {child, lists:sum([get(I) || I <- lists:seq(1, 500)]), length(get())}
          end),
    receive {child, S, L} -> io:format("child ~p ~p~n", [S, L]) end,
    erase(big),
    ok.
