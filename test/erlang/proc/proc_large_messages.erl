-module(proc_large_messages).
-export([start/0]).

%% Large messages round-trip intact: big binaries, maps with many keys, deep and long lists,
%% big tuples, bignums and floats, and terms sharing sub-terms.
start() ->
    Echo = spawn(fun echo/0),
    Shared = lists:seq(1, 100),
    Terms = [{bin, binary:copy(<<"0123456789">>, 10000)},
             {map, maps:from_list([{K, {K, integer_to_binary(K)}} || K <- lists:seq(1, 500)])},
             {deep, deep(200)},
             {long, lists:seq(1, 20000)},
             {tuple, list_to_tuple(lists:seq(1, 3000))},
             {nums, [1 bsl 200, -(1 bsl 100), 3.14159, -0.0, 1.0e300]},
             {shared, [Shared, Shared, {Shared, Shared}]},
             {mixed, [#{a => <<1, 2, 3>>, b => [x, {y, "z"}]}, <<7:3>>, self_fun()]}],
    [begin
         Echo ! {self(), T},
         receive {echo, Back} ->
                 io:format("~p ~p ~p~n", [element(1, T), Back =:= T, erlang:phash2(no_funs(Back))])
         end
     end || T <- Terms],
    {map, M} = lists:keyfind(map, 1, Terms),
    Echo ! {self(), M},
    receive {echo, M2} -> io:format("map keys ~p ~p~n", [map_size(M2), lists:sublist(lists:sort(maps:to_list(M2)), 3)]) end,
    Echo ! stop,
    ok.

deep(0) -> leaf;
deep(N) -> [N, deep(N - 1)].

self_fun() -> fun(X) -> X + 1 end.

%% a fun's hash depends on its module's identity (not what this program checks): call it instead
no_funs(F) when is_function(F, 1) -> {called, F(41)};
no_funs([H | T]) -> [no_funs(H) | no_funs(T)];
no_funs(T) when is_tuple(T) -> list_to_tuple(no_funs(tuple_to_list(T)));
no_funs(X) -> X.

echo() ->
    receive
        {From, T} -> From ! {echo, T}, echo();
        stop -> ok
    end.
