-module(tuples_as_arrays).
-export([start/0]).

%% Conway's game of life on a tuple-of-tuples grid.
start() ->
    Glider = [".#......", "..#.....", "###.....", "........", "........", "........"],
    G0 = list_to_tuple([list_to_tuple(R) || R <- Glider]),
    Final = lists:foldl(fun(N, G) ->
                                io:format("gen ~w:~n", [N]),
                                show(G),
                                step(G)
                        end, G0, lists:seq(0, 4)),
    Alive = length([C || R <- tuple_to_list(Final), C <- tuple_to_list(R), C =:= $#]),
    io:format("alive ~w~n", [Alive]),
    Alive.

show(G) -> [io:format("~s~n", [tuple_to_list(R)]) || R <- tuple_to_list(G)], ok.

step(G) ->
    H = tuple_size(G), W = tuple_size(element(1, G)),
    list_to_tuple([list_to_tuple([rule(cell(G, Y, X), neighbours(G, Y, X, H, W))
                                  || X <- lists:seq(1, W)]) || Y <- lists:seq(1, H)]).

cell(G, Y, X) -> element(X, element(Y, G)).

neighbours(G, Y, X, H, W) ->
    length([1 || DY <- [-1, 0, 1], DX <- [-1, 0, 1], {DY, DX} =/= {0, 0},
                 cell(G, wrap(Y + DY, H), wrap(X + DX, W)) =:= $#]).

wrap(0, N) -> N;
wrap(I, N) when I > N -> 1;
wrap(I, _) -> I.

rule($#, N) when N =:= 2; N =:= 3 -> $#;
rule($., 3) -> $#;
rule(_, _) -> $..
