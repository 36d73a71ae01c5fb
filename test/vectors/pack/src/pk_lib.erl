%% Packbeam test vector: no start/0 and no literal table.
-module(pk_lib).
-export([add/2]).

add(A, B) when is_integer(A) -> A + B;
add(_, B) -> B.
