-module(maps_graph).
-export([start/0]).

%% Breadth-first and depth-first search over an adjacency map.
start() ->
    G = #{a => [b, c], b => [d], c => [d, e], d => [f], e => [f], f => [], g => [a]},
    io:format("bfs ~p~n", [bfs(G, [a], #{a => 0}, [])]),
    io:format("dfs ~p~n", [lists:reverse(dfs(G, a, []))]),
    Dist = dist(G, [a], #{a => 0}),
    io:format("~p~n", [Dist]),
    io:format("path a->f ~p~n", [path(G, a, f)]),
    io:format("path f->a ~p~n", [path(G, f, a)]),
    Rev = maps:fold(fun(From, Tos, Acc) ->
                            lists:foldl(fun(To, A) -> maps:update_with(To, fun(L) -> lists:sort([From | L]) end, [From], A) end,
                                        Acc, Tos)
                    end, #{}, G),
    io:format("reverse ~p~n", [Rev]),
    maps:get(f, Dist).

bfs(_, [], _, Acc) -> lists:reverse(Acc);
bfs(G, [N | Q], Seen, Acc) ->
    New = [M || M <- maps:get(N, G), not maps:is_key(M, Seen)],
    bfs(G, Q ++ New, maps:merge(Seen, maps:from_keys(New, true)), [N | Acc]).

dfs(G, N, Seen) ->
    case lists:member(N, Seen) of
        true -> Seen;
        false -> lists:foldl(fun(M, S) -> dfs(G, M, S) end, [N | Seen], maps:get(N, G))
    end.

dist(_, [], D) -> D;
dist(G, [N | Q], D) ->
    New = [M || M <- maps:get(N, G), not maps:is_key(M, D)],
    Dn = maps:get(N, D),
    dist(G, Q ++ New, lists:foldl(fun(M, Acc) -> Acc#{M => Dn + 1} end, D, New)).

path(G, From, To) -> path(G, [[From]], To, #{From => true}).
path(_, [], _, _) -> none;
path(_, [[To | _] = P | _], To, _) -> lists:reverse(P);
path(G, [[N | _] = P | Rest], To, Seen) ->
    Next = [M || M <- maps:get(N, G), not maps:is_key(M, Seen)],
    path(G, Rest ++ [[M | P] || M <- Next], To, maps:merge(Seen, maps:from_keys(Next, true))).
