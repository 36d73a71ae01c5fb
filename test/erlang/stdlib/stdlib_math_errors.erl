-module(stdlib_math_errors).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> math:sqrt(id(-1)) end,
             fun() -> math:log(id(0)) end,
             fun() -> math:log(id(-2.0)) end,
             fun() -> math:log2(id(0)) end,
             fun() -> math:log10(id(-1)) end,
             fun() -> math:asin(id(2)) end,
             fun() -> math:acos(id(-1.5)) end,
             fun() -> math:acosh(id(0.5)) end,
             fun() -> math:atanh(id(1)) end,
             fun() -> math:atanh(id(-1)) end,
             fun() -> math:exp(id(1000)) end,
             fun() -> math:pow(id(10), 400) end,
             fun() -> math:pow(id(-8), 1/3) end,
             fun() -> math:pow(id(0), -1) end,
             fun() -> math:cosh(id(1000)) end,
             fun() -> math:sinh(id(-1000)) end,
             fun() -> math:fmod(id(1), 0) end,
             fun() -> math:fmod(id(1.0), 0.0) end,
             fun() -> math:sqrt(id(foo)) end,
             fun() -> math:sin(id("1")) end,
             fun() -> math:pow(id(a), 2) end,
             fun() -> math:atan2(id(1), b) end,
             fun() -> math:floor(id(x)) end,
             fun() -> math:ceil(id([])) end,
             fun() -> math:sqrt(id(1 bsl 2000)) end,
             fun() -> math:log(id(1 bsl 2000)) end,
             fun() -> math:nosuch(id(1)) end,
             fun() -> math:pi(id(1)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
