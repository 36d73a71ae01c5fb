%% logger: OTP 25's logging API (our own implementation). Log events are
%% checked against the primary and module levels and the filters, then handed
%% to each handler's log/2 in the calling process, as OTP does. The
%% configuration lives in a registered process `logger`, started the first
%% time something changes it; until then the defaults apply: primary level
%% notice and one handler, `default` (logger_std_h on standard_io with OTP's
%% legacy "=LEVEL REPORT====" header). OTP's logger.hrl macros call allow/2
%% and macro_log/3,4,5.
-module(logger).

-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4, macro_log/3, macro_log/4, macro_log/5, allow/2,
         compare_levels/2, timestamp/0, format_report/1,
         get_primary_config/0, set_primary_config/1, set_primary_config/2,
         update_primary_config/1, add_primary_filter/2, remove_primary_filter/1,
         add_handler/3, remove_handler/1, get_handler_config/0, get_handler_config/1,
         get_handler_ids/0, set_handler_config/2, set_handler_config/3,
         update_handler_config/2, update_handler_config/3, update_formatter_config/2,
         update_formatter_config/3, add_handler_filter/3, remove_handler_filter/2,
         set_module_level/2, unset_module_level/0, unset_module_level/1,
         get_module_level/0, get_module_level/1, get_config/0,
         set_process_metadata/1, update_process_metadata/1, get_process_metadata/0,
         unset_process_metadata/0]).

-define(LEVELS, [emergency, alert, critical, error, warning, notice, info, debug]).
-define(META, '$logger_metadata$').

emergency(A) -> log(emergency, A).
emergency(A, B) -> log(emergency, A, B).
emergency(A, B, C) -> log(emergency, A, B, C).
alert(A) -> log(alert, A).
alert(A, B) -> log(alert, A, B).
alert(A, B, C) -> log(alert, A, B, C).
critical(A) -> log(critical, A).
critical(A, B) -> log(critical, A, B).
critical(A, B, C) -> log(critical, A, B, C).
error(A) -> log(error, A).
error(A, B) -> log(error, A, B).
error(A, B, C) -> log(error, A, B, C).
warning(A) -> log(warning, A).
warning(A, B) -> log(warning, A, B).
warning(A, B, C) -> log(warning, A, B, C).
notice(A) -> log(notice, A).
notice(A, B) -> log(notice, A, B).
notice(A, B, C) -> log(notice, A, B, C).
info(A) -> log(info, A).
info(A, B) -> log(info, A, B).
info(A, B, C) -> log(info, A, B, C).
debug(A) -> log(debug, A).
debug(A, B) -> log(debug, A, B).
debug(A, B, C) -> log(debug, A, B, C).

log(L, A) -> do_log(L, [A], #{}).
log(L, A, B) -> do_log(L, [A, B], #{}).
log(L, A, B, C) -> do_log(L, [A, B, C], #{}).

macro_log(Loc, L, A) -> do_log(L, [A], Loc).
macro_log(Loc, L, A, B) -> do_log(L, [A, B], Loc).
macro_log(Loc, L, A, B, C) -> do_log(L, [A, B, C], Loc).

%% Whether a log event of level L from module M passes the level checks.
allow(L, M) ->
    Cfg = config(),
    lvl(L) =< lvl(module_level(Cfg, M)).

module_level(#{modules := Ms, primary := #{level := PL}}, M) ->
    maps:get(M, Ms, PL).

%% Arguments: [String], [Report], [String|Report, Meta], [Format, Args],
%% [Format, Args, Meta], [Fun, FunArgs], [Fun, FunArgs, Meta].
do_log(L, Args, Loc) ->
    _ = lvl(L),
    {Msg, Meta0} = split(Args),
    Cfg = config(),
    Mod = case Loc of
              #{mfa := {M, _, _}} -> M;
              _ -> maps:get(module, Meta0, undefined)
          end,
    case lvl(L) =< lvl(module_level(Cfg, Mod)) of
        true -> emit(Cfg, L, Msg, maps:merge(Loc, Meta0));
        false -> ok
    end.

split([S]) -> {msg(S), #{}};
split([R, Meta]) when is_map(R), is_map(Meta) -> {{report, R}, Meta};
split([R, Meta]) when is_map(Meta), not is_function(R) ->
    case is_report(R) of
        true -> {{report, R}, Meta};
        false -> {{string, R}, Meta}
    end;
split([F, A]) when is_function(F, 1) -> {{fn, F, A}, #{}};
split([F, A]) -> {{F, A}, #{}};
split([F, A, Meta]) when is_function(F, 1), is_map(Meta) -> {{fn, F, A}, Meta};
split([F, A, Meta]) when is_map(Meta) -> {{F, A}, Meta}.

msg(R) when is_map(R) -> {report, R};
msg(R) ->
    case is_report(R) of
        true -> {report, R};
        false -> {string, R}
    end.

is_report([]) -> false;
is_report(L) when is_list(L) -> lists:all(fun(E) -> is_tuple(E) andalso tuple_size(E) =:= 2 end, L);
is_report(_) -> false.

emit(#{primary := P, handlers := Hs} = Cfg, L, Msg0, Meta0) ->
    {Msg, Meta1} = case Msg0 of
                       {fn, F, A} -> fn_msg(F(A));
                       _ -> {Msg0, #{}}
                   end,
    Proc = case get(?META) of
               PM when is_map(PM) -> PM;
               _ -> #{}
           end,
    Meta = maps:merge(maps:merge(maps:merge(
             #{pid => self(), gl => group_leader(), time => timestamp()},
             maps:get(metadata, P, #{})), Proc), maps:merge(Meta0, Meta1)),
    Ev = #{level => L, msg => Msg, meta => Meta},
    case filters(Ev, maps:get(filters, P, []), maps:get(filter_default, P, log)) of
        stop -> ok;
        Ev1 ->
            lists:foreach(fun(H) -> to_handler(Cfg, H, Ev1) end, Hs)
    end.

fn_msg({F, A}) when is_list(A) -> {{F, A}, #{}};
fn_msg({F, A, M}) when is_list(A), is_map(M) -> {{F, A}, M};
fn_msg({R, M}) when is_map(R), is_map(M) -> {{report, R}, M};
fn_msg(R) when is_map(R); is_list(R) -> {{report, R}, #{}};
fn_msg(Other) -> {{"~tp", [Other]}, #{}}.

filters(Ev, [], _) -> Ev;
filters(Ev, Fs, Default) -> filters(Ev, Fs, Default, false).

filters(Ev, [], Default, Seen) ->
    case {Seen, Default} of
        {true, _} -> Ev;
        {false, log} -> Ev;
        {false, stop} -> stop
    end;
filters(Ev, [{_Id, {F, Arg}} | Fs], Default, Seen) ->
    case catch F(Ev, Arg) of
        stop -> stop;
        ignore -> filters(Ev, Fs, Default, Seen);
        #{level := _, msg := _, meta := _} = Ev1 -> filters(Ev1, Fs, Default, true);
        _ -> filters(Ev, Fs, Default, Seen)
    end.

to_handler(_Cfg, {Id, Mod, HC}, #{level := L} = Ev) ->
    case lvl(L) =< lvl(maps:get(level, HC, all)) of
        false -> ok;
        true ->
            case filters(Ev, maps:get(filters, HC, []), maps:get(filter_default, HC, log)) of
                stop -> ok;
                Ev1 ->
                    try Mod:log(Ev1, HC)
                    catch
                        C:R ->
                            _ = remove_handler(Id),
                            io:put_chars(user,
                                         io_lib:format("logger: handler ~tp crashed and was removed: ~tp:~tp~n",
                                                       [Id, C, R]))
                    end
            end
    end.

lvl(all) -> 8;
lvl(none) -> -1;
lvl(L) -> lvl(L, ?LEVELS, 0).

lvl(L, [L | _], N) -> N;
lvl(L, [_ | T], N) -> lvl(L, T, N + 1);
lvl(L, [], _) -> erlang:error(badarg, [L]).

compare_levels(A, B) ->
    case {catch lvl(A), catch lvl(B)} of
        {X, X} when is_integer(X) -> eq;
        {X, Y} when is_integer(X), is_integer(Y), X < Y -> gt;
        {X, Y} when is_integer(X), is_integer(Y) -> lt;
        _ -> erlang:error(badarg, [A, B])
    end.

timestamp() -> os:system_time(microsecond).

%% OTP's default report formatting: {Format, Args}.
format_report(R) when is_map(R) -> format_report(lists:sort(maps:to_list(R)));
format_report(R) when is_list(R) ->
    case catch lists:flatten(R) of
        [] -> {"~tp", [[]]};
        Flat when is_list(Flat) ->
            case io_lib:printable_unicode_list(Flat) of
                true -> {"~ts", [Flat]};
                false -> term_list(R, [], [])
            end;
        _ -> term_list(R, [], [])
    end;
format_report(R) -> {"~tp", [R]}.

term_list([{K, V} | T], F, A) ->
    C = case io_lib:printable_unicode_list(V) of
            true -> "    ~tp: ~ts";
            false -> "    ~tp: ~tp"
        end,
    term_list(T, [C | F], [V, K | A]);
term_list([E | T], F, A) -> term_list(T, ["    ~tp" | F], [E | A]);
term_list([], F, A) -> {lists:flatten(lists:join("~n", lists:reverse(F))), lists:reverse(A)}.

%% ---- configuration

default_handler() ->
    {default, logger_std_h,
     #{id => default, module => logger_std_h, level => all, filter_default => log, filters => [],
       formatter => {logger_formatter, #{legacy_header => true, single_line => false}},
       config => #{type => standard_io}}}.

defaults() ->
    #{primary => #{level => notice, filter_default => log, filters => [], metadata => #{}},
      handlers => [default_handler()], modules => #{}}.

config() ->
    case whereis(logger) of
        undefined -> defaults();
        P ->
            Ref = erlang:monitor(process, P),
            P ! {get, self(), Ref},
            receive
                {Ref, Cfg} ->
                    erlang:demonitor(Ref, [flush]),
                    Cfg;
                {'DOWN', Ref, _, _, _} -> defaults()
            end
    end.

%% Applies F to the configuration in the logger process; F returns
%% {Reply, NewConfig} or {Reply} (unchanged).
update(F) ->
    P = case whereis(logger) of
            undefined ->
                New = spawn(fun() -> server(defaults()) end),
                try register(logger, New) of
                    true -> New
                catch
                    error:_ ->
                        exit(New, kill),
                        whereis(logger)
                end;
            Pid -> Pid
        end,
    Ref = erlang:monitor(process, P),
    P ! {update, self(), Ref, F},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} -> {error, noproc}
    end.

server(Cfg) ->
    receive
        {get, From, Ref} ->
            From ! {Ref, Cfg},
            server(Cfg);
        {update, From, Ref, F} ->
            case catch F(Cfg) of
                {Reply, New} when is_map(New) ->
                    From ! {Ref, Reply},
                    server(New);
                {Reply} ->
                    From ! {Ref, Reply},
                    server(Cfg);
                _ ->
                    From ! {Ref, {error, badarg}},
                    server(Cfg)
            end;
        _ -> server(Cfg)
    end.

get_config() ->
    #{primary := P, handlers := Hs, modules := Ms} = config(),
    #{primary => P, handlers => [HC || {_, _, HC} <- Hs],
      module_levels => lists:sort(maps:to_list(Ms)), proxy => #{}}.

get_primary_config() -> maps:get(primary, config()).

set_primary_config(Map) when is_map(Map) ->
    case check_primary(maps:to_list(Map)) of
        ok ->
            update(fun(C) ->
                           {ok, C#{primary => maps:merge(#{level => notice, filter_default => log,
                                                            filters => [], metadata => #{}}, Map)}}
                   end);
        E -> E
    end;
set_primary_config(Map) -> {error, {invalid_config, Map}}.

set_primary_config(K, V) ->
    case check_primary([{K, V}]) of
        ok -> update(fun(#{primary := P} = C) -> {ok, C#{primary => P#{K => V}}} end);
        E -> E
    end.

update_primary_config(Map) when is_map(Map) ->
    case check_primary(maps:to_list(Map)) of
        ok -> update(fun(#{primary := P} = C) -> {ok, C#{primary => maps:merge(P, Map)}} end);
        E -> E
    end.

check_primary([]) -> ok;
check_primary([{level, L} | T]) ->
    case valid_level(L) of
        true -> check_primary(T);
        false -> {error, {invalid_level, L}}
    end;
check_primary([{filter_default, D} | T]) when D =:= log; D =:= stop -> check_primary(T);
check_primary([{filters, F} | T]) when is_list(F) -> check_primary(T);
check_primary([{metadata, M} | T]) when is_map(M) -> check_primary(T);
check_primary([{K, V} | _]) when K =:= level; K =:= filter_default; K =:= filters; K =:= metadata ->
    {error, {invalid_config, logger, {K, V}}};
check_primary([{K, _} | _]) -> {error, {invalid_primary_config, K}}.

valid_level(L) -> lists:member(L, [all, none | ?LEVELS]).

add_primary_filter(Id, {F, _} = Filter) when is_function(F, 2) ->
    update(fun(#{primary := P} = C) ->
                   Fs = maps:get(filters, P, []),
                   case lists:keymember(Id, 1, Fs) of
                       true -> {{error, {already_exist, Id}}};
                       false -> {ok, C#{primary => P#{filters => Fs ++ [{Id, Filter}]}}}
                   end
           end);
add_primary_filter(_, Filter) -> {error, {invalid_filter, Filter}}.

remove_primary_filter(Id) ->
    update(fun(#{primary := P} = C) ->
                   Fs = maps:get(filters, P, []),
                   case lists:keymember(Id, 1, Fs) of
                       true -> {ok, C#{primary => P#{filters => lists:keydelete(Id, 1, Fs)}}};
                       false -> {{error, {not_found, Id}}}
                   end
           end).

add_handler(Id, Mod, HC0) when is_atom(Id), is_atom(Mod), is_map(HC0) ->
    HC1 = maps:merge(#{level => all, filter_default => log, filters => [],
                       formatter => {logger_formatter, #{}}}, HC0),
    HC2 = HC1#{id => Id, module => Mod},
    case {valid_level(maps:get(level, HC2)), lists:member(Id, get_handler_ids())} of
        {false, _} -> {error, {invalid_level, maps:get(level, HC2)}};
        {_, true} -> {error, {already_exist, Id}};
        _ ->
            case call_adding(Mod, HC2) of
                {ok, HC} ->
                    update(fun(#{handlers := Hs} = C) ->
                                   case lists:keymember(Id, 1, Hs) of
                                       true -> {{error, {already_exist, Id}}};
                                       false -> {ok, C#{handlers => Hs ++ [{Id, Mod, HC}]}}
                                   end
                           end);
                E -> E
            end
    end;
add_handler(Id, Mod, HC) -> {error, {invalid_handler, {Id, Mod, HC}}}.

call_adding(Mod, HC) ->
    case gen:cb(Mod, adding_handler, [HC]) of
        missing -> {ok, HC};
        {ok, {ok, HC1}} when is_map(HC1) -> {ok, HC1};
        {ok, {error, _} = E} -> E;
        Other -> {error, {callback_crashed, Other}}
    end.

remove_handler(Id) ->
    R = update(fun(#{handlers := Hs} = C) ->
                       case lists:keyfind(Id, 1, Hs) of
                           {_, Mod, HC} -> {{ok, Mod, HC}, C#{handlers => lists:keydelete(Id, 1, Hs)}};
                           false -> {{error, {not_found, Id}}}
                       end
               end),
    case R of
        {ok, Mod, HC} ->
            _ = gen:cb(Mod, removing_handler, [HC]),
            ok;
        E -> E
    end.

get_handler_ids() -> [Id || {Id, _, _} <- maps:get(handlers, config())].

get_handler_config() -> [HC || {_, _, HC} <- maps:get(handlers, config())].

get_handler_config(Id) ->
    case lists:keyfind(Id, 1, maps:get(handlers, config())) of
        {_, _, HC} -> {ok, HC};
        false -> {error, {not_found, Id}}
    end.

set_handler_config(Id, HC) when is_map(HC) ->
    change_handler(Id, fun(Old) ->
                               maps:merge(#{level => all, filter_default => log, filters => [],
                                            formatter => {logger_formatter, #{}}},
                                          HC#{id => Id, module => maps:get(module, Old)})
                       end).

set_handler_config(Id, level, L) ->
    case valid_level(L) of
        true -> change_handler(Id, fun(Old) -> Old#{level => L} end);
        false -> {error, {invalid_level, L}}
    end;
set_handler_config(Id, K, V) -> change_handler(Id, fun(Old) -> Old#{K => V} end).

update_handler_config(Id, Map) when is_map(Map) ->
    change_handler(Id, fun(Old) -> maps:merge(Old, maps:without([id, module], Map)) end).

update_handler_config(Id, config, Map) when is_map(Map) ->
    change_handler(Id, fun(Old) -> Old#{config => maps:merge(maps:get(config, Old, #{}), Map)} end);
update_handler_config(Id, K, V) -> set_handler_config(Id, K, V).

update_formatter_config(Id, Map) when is_map(Map) ->
    change_handler(Id, fun(Old) ->
                               {FM, FC} = maps:get(formatter, Old, {logger_formatter, #{}}),
                               Old#{formatter => {FM, maps:merge(FC, Map)}}
                       end).

update_formatter_config(Id, K, V) -> update_formatter_config(Id, #{K => V}).

add_handler_filter(Id, FId, {F, _} = Filter) when is_function(F, 2) ->
    change_handler(Id, fun(Old) ->
                               Fs = maps:get(filters, Old, []),
                               case lists:keymember(FId, 1, Fs) of
                                   true -> throw({error, {already_exist, FId}});
                                   false -> Old#{filters => Fs ++ [{FId, Filter}]}
                               end
                       end);
add_handler_filter(_, _, Filter) -> {error, {invalid_filter, Filter}}.

remove_handler_filter(Id, FId) ->
    change_handler(Id, fun(Old) ->
                               Fs = maps:get(filters, Old, []),
                               case lists:keymember(FId, 1, Fs) of
                                   true -> Old#{filters => lists:keydelete(FId, 1, Fs)};
                                   false -> throw({error, {not_found, FId}})
                               end
                       end).

change_handler(Id, F) ->
    update(fun(#{handlers := Hs} = C) ->
                   case lists:keyfind(Id, 1, Hs) of
                       {_, Mod, HC} ->
                           try F(HC) of
                               HC1 -> {ok, C#{handlers => lists:keyreplace(Id, 1, Hs, {Id, Mod, HC1})}}
                           catch
                               throw:E -> {E}
                           end;
                       false -> {{error, {not_found, Id}}}
                   end
           end).

set_module_level(Ms, L) when is_list(Ms) ->
    case valid_level(L) of
        true ->
            update(fun(#{modules := Old} = C) ->
                           {ok, C#{modules => lists:foldl(fun(M, Acc) -> Acc#{M => L} end, Old, Ms)}}
                   end);
        false -> {error, {invalid_level, L}}
    end;
set_module_level(M, L) -> set_module_level([M], L).

unset_module_level() -> update(fun(C) -> {ok, C#{modules => #{}}} end).

unset_module_level(Ms) when is_list(Ms) ->
    update(fun(#{modules := Old} = C) -> {ok, C#{modules => maps:without(Ms, Old)}} end);
unset_module_level(M) -> unset_module_level([M]).

get_module_level() -> lists:sort(maps:to_list(maps:get(modules, config()))).

get_module_level(Ms) when is_list(Ms) ->
    Levels = maps:get(modules, config()),
    [{M, L} || M <- Ms, {ok, L} <- [maps:find(M, Levels)]];
get_module_level(M) -> get_module_level([M]).

set_process_metadata(M) when is_map(M) ->
    put(?META, M),
    ok.

update_process_metadata(M) when is_map(M) ->
    put(?META, case get(?META) of
                   Old when is_map(Old) -> maps:merge(Old, M);
                   _ -> M
               end),
    ok.

get_process_metadata() ->
    case get(?META) of
        M when is_map(M) -> M;
        _ -> undefined
    end.

unset_process_metadata() ->
    erase(?META),
    ok.
