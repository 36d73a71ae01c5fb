-module(floats_errors).
-export([start/0]).

start() ->
    Tests = [{mul_overflow, fun() -> id(1.0e308) * 10 end},
             {add_overflow, fun() -> id(1.7976931348623157e308) + 1.0e300 end},
             {div_zero, fun() -> id(1.0) / 0 end},
             {div_zero_f, fun() -> id(0.0) / id(0.0) end},
             {sqrt_neg, fun() -> math:sqrt(id(-1)) end},
             {log_zero, fun() -> math:log(id(0)) end},
             {log_neg, fun() -> math:log(id(-1.0)) end},
             {pow_big, fun() -> math:pow(id(10.0), 400) end},
             {exp_big, fun() -> math:exp(id(1000)) end},
             {float_div, fun() -> id(1.5) div 2 end},
             {float_rem, fun() -> id(1.5) rem 2 end},
             {trunc_atom, fun() -> trunc(id(x)) end},
             {acos_2, fun() -> math:acos(id(2)) end},
             {underflow_ok, fun() -> id(1.0e-308) / 1.0e10 end}],
    lists:foreach(
      fun({Name, F}) ->
              R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
              io:format("~p: ~p~n", [Name, R])
      end, Tests),
    ok.

id(X) -> X.
