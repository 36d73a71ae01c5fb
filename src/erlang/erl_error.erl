%% erl_error: format_exception/3,4 in the layout of OTP 25's (our own implementation):
%% "exception Class: Explanation" and one line per stack frame. Options: column,
%% stack_trim_fun, format_fun. Terms are printed as ~tP with depth 30 after the text on
%% their line (for badmatch, case_clause, try_clause and function_clause: on a line of its own
%% when it would take more than two lines inline and fewer on its own line, as OTP does).
%% error_info details of BIF errors are not shown (the VM's stack traces carry none).
-module(erl_error).

-export([format_exception/3, format_exception/4]).

format_exception(Class, Reason, Stack) ->
    format_exception(Class, Reason, Stack, #{}).

format_exception(Class, Reason, Stack, Opts) when is_map(Opts) ->
    Col = maps:get(column, Opts, 1),
    Trim = maps:get(stack_trim_fun, Opts, fun(_, _, _) -> false end),
    FF = maps:get(format_fun, Opts, none),
    Pad = lists:duplicate(Col - 1, $\s),
    Head = ["exception ", atom_to_list(Class), ": "],
    {Text, Rest} = explain(Class, Reason, Stack, FF, length(lists:flatten(Head)) + Col - 1),
    Frames = trim(lists:reverse(Rest), Trim),
    [Head, Text | frames(Frames, Pad, "in function  ", FF)].

trim([{M, F, A, _} = Fr | Rest], Trim) ->
    case Trim(M, F, A) of
        true -> trim(Rest, Trim);
        false -> lists:reverse([Fr | Rest])
    end;
trim(Rev, _) -> lists:reverse(Rev).

frames([], _, _, _) -> [];
frames([{M, F, Args, _} | Rest], Pad, Label, FF) when is_list(Args) ->
    Arity = length(Args),
    Prefix = [Pad, "     called as "],
    ["\n", Pad, "  ", Label, mfa(M, F, Arity), "\n", Prefix,
     call(M, F, Args, FF, length(lists:flatten(Prefix)) + 1)
     | frames(Rest, Pad, "in call from ", FF)];
frames([{M, F, A, Loc} | Rest], Pad, Label, FF) ->
    ["\n", Pad, "  ", Label, mfa(M, F, A), " ", location(Loc)
     | frames(Rest, Pad, "in call from ", FF)];
frames([_ | Rest], Pad, Label, FF) -> frames(Rest, Pad, Label, FF).

mfa(M, F, A) -> io_lib:format("~tw:~tw/~w", [M, F, A]).

location(Loc) when is_list(Loc) ->
    case {lists:keyfind(file, 1, Loc), lists:keyfind(line, 1, Loc)} of
        {{file, File}, {line, Line}} -> io_lib:format("(~ts, line ~w)", [File, Line]);
        _ -> []
    end;
location(_) -> [].

%% M:F(Args) printed from column C.
call(M, F, Args, FF, C) ->
    Start = lists:flatten(io_lib:format("~tw:~tw(", [M, F])),
    [Start, args(Args, FF, C + length(Start)), ")"].

args([], _, _) -> [];
args(Args, FF, Col) ->
    S = lists:flatten(term(Args, FF, Col - 1)),
    lists:sublist(tl(S), length(S) - 2).

%% The text of Term printed at column Col (1-based).
term(T, none, Col) ->
    Lead = lists:duplicate(Col - 1, $\s),
    lists:nthtail(Col - 1, lists:flatten(io_lib:format("~ts~tP", [Lead, T, 30])));
term(T, FF, Col) -> FF(T, Col).

%% {Explanation, the frames left to print}.
explain(error, Reason, Stack, FF, Col) -> explain_error(Reason, Stack, FF, Col);
explain(_, Reason, Stack, FF, Col) -> {term(Reason, FF, Col + 1), Stack}.

explain_error(function_clause, [{M, F, Args, Loc} | Rest], FF, Col) when is_list(Args) ->
    {[place("no function clause matching ", fun(C) -> call(M, F, Args, FF, C) end, FF, Col),
      " ", location(Loc)], Rest};
explain_error(undef, [{M, F, A, _} | Rest], _, _) ->
    Arity = if is_list(A) -> length(A); true -> A end,
    {["undefined function ", mfa(M, F, Arity)], Rest};
explain_error({badarity, {Fun, Args}}, Stack, _, _) when is_function(Fun), is_list(Args) ->
    {module, M} = erlang:fun_info(Fun, module),
    {name, N} = erlang:fun_info(Fun, name),
    {arity, A} = erlang:fun_info(Fun, arity),
    Name = case M of
               erlang -> io_lib:format("~tw/~w", [N, A]);
               _ -> mfa(M, N, A)
           end,
    Count = case length(Args) of
                0 -> "no arguments";
                1 -> "one argument";
                2 -> "two arguments";
                K -> [integer_to_list(K), " arguments"]
            end,
    {[Name, " called with ", Count], Stack};
explain_error(Reason, Stack, FF, Col) ->
    case text(Reason) of
        {P, T} when element(1, Reason) =:= badmatch; element(1, Reason) =:= case_clause;
                    element(1, Reason) =:= try_clause ->
            {place(P, fun(C) -> term(T, FF, C) end, FF, Col), Stack};
        {P, T} -> {[P, term(T, FF, Col + 1 + length(P))], Stack};
        none -> {term(Reason, FF, Col + 1), Stack};
        P -> {P, Stack}
    end.

%% Text P, then what Print(Column) prints: on a line of its own (indented to Col) when it
%% takes more than two lines after P and fewer on its own, as OTP lays it out.
place(P, Print, FF, Col) ->
    In = Print(Col + 1 + length(P)),
    Own = Print(Col + 1),
    case FF =:= none andalso lines(In) > 2 andalso lines(Own) < lines(In) of
        true -> [P, "\n", lists:duplicate(Col, $\s), Own];
        false -> [P, In]
    end.

lines(S) -> length([C || C <- lists:flatten(S), C =:= $\n]) + 1.

text(badarg) -> "bad argument";
text(badarith) -> "an error occurred when evaluating an arithmetic expression";
text(if_clause) -> "no true branch found when evaluating an if expression";
text(system_limit) -> "a system limit has been reached";
text(noproc) -> "no such process or port";
text(timeout_value) -> "bad receive timeout value";
text({badarg, T}) -> {"bad argument: ", T};
text({badmatch, T}) -> {"no match of right hand side value ", T};
text({case_clause, T}) -> {"no case clause matching ", T};
text({try_clause, T}) -> {"no try clause matching ", T};
text({badfun, T}) -> {"bad function ", T};
text({badkey, T}) -> {"bad key: ", T};
text({badmap, T}) -> {"bad map: ", T};
text({bad_generator, T}) -> {"bad generator ", T};
text({bad_filter, T}) -> {"bad filter ", T};
text(_) -> none.
