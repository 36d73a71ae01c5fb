-module(funs_dispatch_table).
-export([start/0]).

%% Funs stored in maps, tuples and lists drive a small calculator.
start() ->
    Ops = #{'+' => fun(A, B) -> A + B end, '-' => fun(A, B) -> A - B end,
            '*' => fun erlang:'*'/2, '/' => fun(A, B) -> A div B end,
            max => fun erlang:max/2, pow => fun pow/2},
    Exprs = [{'+', 2, 3}, {'*', 4, 5}, {'-', 1, 10}, {'/', 17, 5}, {max, 3, 9}, {pow, 2, 20}, {'%', 1, 1}],
    lists:foreach(
      fun({Op, A, B}) ->
              case maps:find(Op, Ops) of
                  {ok, F} -> io:format("~p ~p ~p = ~p~n", [A, Op, B, F(A, B)]);
                  error -> io:format("unknown op ~p~n", [Op])
              end
      end, Exprs),
    Handlers = {fun(X) -> {zero, X} end, fun(X) -> {one, X} end, fun(X) -> {two, X} end},
    io:format("~p~n", [[(element(N rem 3 + 1, Handlers))(N) || N <- lists:seq(0, 5)]]),
    Chain = [{fun is_integer/1, int}, {fun is_atom/1, atom}, {fun is_list/1, list}],
    io:format("~p~n", [[first_match(V, Chain) || V <- [1, a, "s", 2.0]]]),
    (maps:get(pow, Ops))(3, 4).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).

first_match(_, []) -> none;
first_match(V, [{P, Tag} | T]) -> case P(V) of true -> Tag; false -> first_match(V, T) end.
