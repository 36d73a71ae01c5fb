-module(binaries_t2b_external_funs).
-export([start/0, double/1]).

start() ->
    Funs = [fun erlang:abs/1, fun lists:reverse/1, fun ?MODULE:double/1, fun erlang:'+'/2],
    lists:foreach(
      fun(F) ->
              B = term_to_binary(F),
              F2 = binary_to_term(B),
              io:format("~w~n  ~p ~p~n", [B, F2 =:= F, erlang:fun_info(F2, arity)])
      end, [id(F) || F <- Funs]),
    D = binary_to_term(term_to_binary(fun ?MODULE:double/1)),
    io:format("~p~n", [D(21)]),
    Hand = <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "sum", 97, 1>>,
    Sum = binary_to_term(Hand),
    io:format("~p ~p~n", [Sum([1, 2, 3]), Sum]),
    fun erlang:abs/1.

double(X) -> 2 * X.

id(X) -> X.
