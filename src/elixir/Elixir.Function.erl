%% Function: identity/1 and info/1,2 (erlang:fun_info).
-module('Elixir.Function').
-export([identity/1, info/1, info/2]).

identity(X) -> X.
info(F) -> erlang:fun_info(F).
info(F, K) -> erlang:fun_info(F, K).
