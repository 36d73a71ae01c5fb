%% Packbeam test vector: a library module with literals and a start/1 (not start/0).
-module(pk_util).
-export([greeting/0, start/1]).

greeting() -> {hello, "world", [1.5, 2.5], <<"bin">>}.

start(X) -> {started, X}.
