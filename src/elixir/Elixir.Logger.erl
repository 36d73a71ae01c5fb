%% Logger: the functions Logger's macros (info/debug/warning/error ...) call in
%% Elixir 1.14 code, forwarding to OTP's logger; configure/level/metadata.
-module('Elixir.Logger').
-export(['__should_log__'/2, '__do_log__'/4, configure/1, level/0, metadata/0, metadata/1,
         log/2, log/3, 'compare_levels'/2]).

'__should_log__'(Level0, Mod) ->
    Level = level_name(Level0),
    case logger:allow(Level, Mod) of
        true -> Level;
        false -> nil
    end.

'__do_log__'(Level, Fun, Loc, Meta) when is_function(Fun, 0) ->
    case Fun() of
        {Msg, More} -> '__do_log__'(Level, Msg, Loc, maps:merge(Meta, maps:from_list(More)));
        Msg -> '__do_log__'(Level, Msg, Loc, Meta)
    end;
'__do_log__'(Level, Msg, Loc, Meta) when is_map(Msg); is_list(Msg), is_tuple(hd(Msg)) ->
    logger:macro_log(Loc, Level, Msg, Meta);
'__do_log__'(Level, Msg, Loc, Meta) ->
    logger:macro_log(Loc, Level, "~ts", [chardata(Msg)], Meta).

log(Level, Msg) -> log(Level, Msg, []).
log(Level0, Msg, Meta) ->
    Level = level_name(Level0),
    case logger:allow(Level, ?MODULE) of
        true -> '__do_log__'(Level, Msg, #{}, maps:from_list(Meta));
        false -> ok
    end,
    ok.

chardata(B) when is_binary(B) -> B;
chardata(L) when is_list(L) -> unicode:characters_to_binary(L);
chardata(X) -> 'Elixir.String.Chars':to_string(X).

level_name(warn) -> warning;
level_name(L) -> L.

configure(Opts) ->
    case lists:keyfind(level, 1, Opts) of
        {level, L} -> logger:set_primary_config(level, level_name(L));
        false -> ok
    end,
    ok.

level() -> maps:get(level, logger:get_primary_config()).

metadata() -> case logger:get_process_metadata() of undefined -> []; M -> maps:to_list(M) end.
metadata(Kv) ->
    {Del, Set} = lists:partition(fun({_, V}) -> V =:= nil end, Kv),
    Old = case logger:get_process_metadata() of undefined -> #{}; M -> M end,
    logger:set_process_metadata(maps:without([K || {K, _} <- Del], maps:merge(Old, maps:from_list(Set)))),
    ok.

compare_levels(A, B) -> logger:compare_levels(level_name(A), level_name(B)).
