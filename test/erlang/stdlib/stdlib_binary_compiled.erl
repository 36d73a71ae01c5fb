-module(stdlib_binary_compiled).
-export([start/0]).

%% A compiled pattern gives the same answers as the plain pattern, reused across calls.
id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Pats = [<<" ">>, [<<", ">>, <<";">>], [<<"a">>, <<"ab">>, <<"abc">>]],
    Subjects = [<<"a b c">>, <<"x, y;z, w">>, <<"abcabxab a">>, <<>>],
    [begin
         C = binary:compile_pattern(id(P)),
         R1 = [{binary:split(S, P, [global]), binary:matches(S, P), binary:match(S, P)} || S <- Subjects],
         R2 = [{binary:split(S, C, [global]), binary:matches(S, C), binary:match(S, C)} || S <- Subjects],
         io:format("~p ~p~n", [R1 =:= R2, R1])
     end || P <- Pats],
    C2 = binary:compile_pattern(<<"o">>),
    io:format("~p~n", [binary:replace(id(<<"foo boo">>), C2, <<"0">>, [global])]),
    io:format("~p~n", [t(fun() -> binary:compile_pattern(id(<<>>)) end)]),
    io:format("~p~n", [t(fun() -> binary:compile_pattern(id([])) end)]),
    io:format("~p~n", [t(fun() -> binary:compile_pattern(id(foo)) end)]),
    io:format("~p~n", [t(fun() -> binary:compile_pattern(id([<<"a">>, <<>>])) end)]),
    ok.
