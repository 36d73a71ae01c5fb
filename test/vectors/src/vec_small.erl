%% Loader test vector: the smallest useful module.
-module(vec_small).
-export([start/0]).
start() -> ok.
