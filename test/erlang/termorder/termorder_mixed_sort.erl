-module(termorder_mixed_sort).
-export([start/0]).

%% number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
start() ->
    Ref = make_ref(),
    Fun = fun() -> ok end,
    Pid = self(),
    Terms = [<<"bin">>, [1], [], #{a => 1}, {tuple}, Pid, Fun, Ref, atom, 1.5, 42, <<1:3>>, "str", {}, -1 bsl 70],
    Sorted = lists:sort([id(T) || T <- Terms]),
    io:format("~p~n", [[tag(T) || T <- Sorted]]),
    io:format("~p~n", [[tag(T) || T <- lists:reverse(lists:sort(fun(A, B) -> A >= B end, Terms))]]),
    Pairs = [{42, atom}, {atom, Ref}, {Ref, Fun}, {Fun, Pid}, {Pid, {}}, {{}, #{}}, {#{}, []}, {[], [0]},
             {[0], <<>>}, {1.0e300, a}, {{a, b, c}, #{}}, {#{z => 1}, []}],
    io:format("~p~n", [[A < B || {A, B} <- Pairs]]),
    io:format("~p~n", [[tag(T) || T <- [lists:min(Terms), lists:max(Terms)]]]),
    [tag(T) || T <- Sorted].

tag(T) when is_integer(T) -> {int, T};
tag(T) when is_float(T) -> {float, T};
tag(T) when is_atom(T) -> {atom, T};
tag(T) when is_reference(T) -> ref;
tag(T) when is_function(T) -> 'fun';
tag(T) when is_pid(T) -> pid;
tag(T) when is_tuple(T) -> {tuple, T};
tag(T) when is_map(T) -> {map, T};
tag(T) when is_list(T) -> {list, T};
tag(T) when is_bitstring(T) -> {bits, T}.

id(X) -> X.
