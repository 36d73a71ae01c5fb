-module(exceptions_resource_cleanup).
-export([start/0]).

%% A with_resource pattern: acquire, use, always release, report outcome.
start() ->
    Jobs = [{ok_job, fun(R) -> {used, R} end},
            {throw_job, fun(_) -> throw(user_abort) end},
            {error_job, fun(R) -> R + 1 end},
            {exit_job, fun(_) -> exit(gone) end},
            {nested_job, fun(R) -> with_resource(inner, fun(I) -> {R, I} end) end}],
    Results = [{Name, with_resource(Name, F)} || {Name, F} <- Jobs],
    lists:foreach(fun(R) -> io:format("~p~n", [R]) end, Results),
    io:format("open resources: ~p~n", [open_count()]),
    io:format("log: ~p~n", [lists:reverse(get(log))]),
    open_count().

with_resource(Name, F) ->
    R = acquire(Name),
    try F(R) of
        V -> {ok, V}
    catch
        throw:T -> {thrown, T};
        error:E -> {error, E};
        exit:X -> {exit, X}
    after
        release(R)
    end.

acquire(Name) -> log({acquire, Name}), put(open, open_count() + 1), {res, Name}.
release({res, Name}) -> log({release, Name}), put(open, open_count() - 1).
open_count() -> case get(open) of undefined -> 0; N -> N end.
log(X) -> put(log, [X | case get(log) of undefined -> []; L -> L end]).
