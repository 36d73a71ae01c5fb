-module(funs_parser_combinators).
-export([start/0]).

%% Parser combinators: a parser is fun(Input) -> {ok, Value, Rest} | error.
start() ->
    Inputs = ["1+2*3", "(1+2)*3", "10/3-4", "2*(3+4)*5", "42", "1+", "((7))"],
    lists:foreach(
      fun(S) ->
              case (expr())(S) of
                  {ok, V, []} -> io:format("~s = ~p~n", [S, V]);
                  {ok, V, Rest} -> io:format("~s = ~p, leftover ~p~n", [S, V, Rest]);
                  error -> io:format("~s: parse error~n", [S])
              end
      end, Inputs),
    {ok, V, _} = (expr())("2*(3+4)*5"),
    V.

expr() -> chainl(term(), alt(op($+, fun erlang:'+'/2), op($-, fun erlang:'-'/2))).
term() -> chainl(factor(), alt(op($*, fun erlang:'*'/2), op($/, fun erlang:'div'/2))).
factor() -> alt(number(), fun(S) -> (paren())(S) end).

paren() ->
    fun([$( | S]) ->
            case (expr())(S) of
                {ok, V, [$) | R]} -> {ok, V, R};
                _ -> error
            end;
       (_) -> error
    end.

number() ->
    fun(S) ->
            case lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, S) of
                {[], _} -> error;
                {Ds, R} -> {ok, list_to_integer(Ds), R}
            end
    end.

op(C, F) -> fun([X | R]) when X =:= C -> {ok, F, R}; (_) -> error end.

alt(P, Q) -> fun(S) -> case P(S) of error -> Q(S); Ok -> Ok end end.

chainl(P, Op) ->
    fun(S) ->
            case P(S) of
                error -> error;
                {ok, V, R} -> chain_rest(P, Op, V, R)
            end
    end.

chain_rest(P, Op, Acc, S) ->
    case Op(S) of
        {ok, F, R1} ->
            case P(R1) of
                {ok, V, R2} -> chain_rest(P, Op, F(Acc, V), R2);
                error -> {ok, Acc, S}
            end;
        error -> {ok, Acc, S}
    end.
