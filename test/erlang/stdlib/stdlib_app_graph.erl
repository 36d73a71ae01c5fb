-module(stdlib_app_graph).
-export([start/0]).

%% Breadth-first search with queue, gb_sets and gb_trees.
start() ->
    Edges = id([{a, b}, {a, c}, {b, d}, {c, d}, {d, e}, {e, f}, {c, g}, {g, f}, {h, i}]),
    G = lists:foldl(fun({X, Y}, Acc) ->
                            Acc1 = add_edge(X, Y, Acc),
                            add_edge(Y, X, Acc1)
                    end, gb_trees:empty(), Edges),
    io:format("~w~n", [gb_trees:keys(G)]),
    Dist = bfs(G, a),
    io:format("~w~n", [gb_trees:to_list(Dist)]),
    io:format("~w~n", [path(G, a, f)]),
    io:format("~w~n", [path(G, a, i)]),
    Comps = components(G),
    io:format("~w~n", [Comps]),
    length(Comps).

add_edge(X, Y, G) ->
    case gb_trees:lookup(X, G) of
        {value, S} -> gb_trees:update(X, gb_sets:add(Y, S), G);
        none -> gb_trees:insert(X, gb_sets:singleton(Y), G)
    end.

bfs(G, Start) -> bfs_loop(G, queue:from_list([Start]), gb_trees:insert(Start, 0, gb_trees:empty())).

bfs_loop(G, Q, Dist) ->
    case queue:out(Q) of
        {empty, _} -> Dist;
        {{value, N}, Q1} ->
            D = gb_trees:get(N, Dist),
            Next = [M || M <- gb_sets:to_list(gb_trees:get(N, G)), not gb_trees:is_defined(M, Dist)],
            Dist1 = lists:foldl(fun(M, Acc) -> gb_trees:insert(M, D + 1, Acc) end, Dist, Next),
            bfs_loop(G, lists:foldl(fun queue:in/2, Q1, Next), Dist1)
    end.

path(G, From, To) -> path_loop(G, queue:from_list([[From]]), gb_sets:singleton(From), To).

path_loop(G, Q, Seen, To) ->
    case queue:out(Q) of
        {empty, _} -> none;
        {{value, [To | _] = P}, _} -> lists:reverse(P);
        {{value, [N | _] = P}, Q1} ->
            Next = [M || M <- gb_sets:to_list(gb_trees:get(N, G)), not gb_sets:is_member(M, Seen)],
            Seen1 = lists:foldl(fun gb_sets:add/2, Seen, Next),
            path_loop(G, lists:foldl(fun(M, Acc) -> queue:in([M | P], Acc) end, Q1, Next), Seen1, To)
    end.

components(G) ->
    {Comps, _} = lists:foldl(fun(N, {Acc, Seen}) ->
                                     case gb_sets:is_member(N, Seen) of
                                         true -> {Acc, Seen};
                                         false ->
                                             C = gb_trees:keys(bfs(G, N)),
                                             {[C | Acc], gb_sets:union(Seen, gb_sets:from_list(C))}
                                     end
                             end, {[], gb_sets:empty()}, gb_trees:keys(G)),
    lists:reverse(Comps).

id(X) -> X.
