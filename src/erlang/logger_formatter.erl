%% logger_formatter: OTP 25's default log event formatter (our own
%% implementation) with the options template, single_line, legacy_header,
%% report_cb, max_size, time_offset and time_designator. chars_limit and
%% depth are accepted and ignored.
-module(logger_formatter).

-export([format/2, check_config/1]).

check_config(C) when is_map(C) -> ok;
check_config(C) -> {error, {invalid_formatter_config, logger_formatter, C}}.

format(#{level := L, msg := Msg, meta := Meta}, Cfg0) ->
    Cfg = maps:merge(#{legacy_header => false, single_line => true, max_size => unlimited,
                       time_offset => "", time_designator => $T}, Cfg0),
    Single = maps:get(single_line, Cfg),
    Legacy = maps:get(legacy_header, Cfg),
    T = case maps:find(template, Cfg) of
            {ok, T0} -> T0;
            error when Legacy -> [[logger_formatter, header], "\n", msg, "\n"];
            error when Single -> [time, " ", level, ": ", msg, "\n"];
            error -> [time, " ", level, ":\n", msg, "\n"]
        end,
    Text = limit(message(Msg, Meta, Cfg), maps:get(max_size, Cfg)),
    Meta1 = case Legacy of
                true -> Meta#{logger_formatter => #{header => header(L, Meta, Cfg)}};
                false -> Meta
            end,
    lists:flatten(fill(T, Meta1#{level => L}, Text, Cfg)).

fill([msg | T], Meta, Text, Cfg) -> [Text | fill(T, Meta, Text, Cfg)];
fill([level | T], #{level := L} = Meta, Text, Cfg) ->
    [atom_to_list(L) | fill(T, Meta, Text, Cfg)];
fill([time | T], Meta, Text, Cfg) ->
    [case maps:find(time, Meta) of
         {ok, Ts} -> time(Ts, Cfg);
         error -> ""
     end | fill(T, Meta, Text, Cfg)];
fill([{K, Yes, No} | T], Meta, Text, Cfg) ->
    Part = case value(K, Meta) of
               {ok, _} -> Yes;
               error -> No
           end,
    [fill(Part, Meta, Text, Cfg) | fill(T, Meta, Text, Cfg)];
fill([K | T], Meta, Text, Cfg) when is_atom(K); is_list(K), is_atom(hd(K)) ->
    [case value(K, Meta) of
         {ok, V} -> to_string(K, V);
         error -> ""
     end | fill(T, Meta, Text, Cfg)];
fill([S | T], Meta, Text, Cfg) when is_list(S); is_binary(S) ->
    [unicode:characters_to_list(S) | fill(T, Meta, Text, Cfg)];
fill([_ | T], Meta, Text, Cfg) -> fill(T, Meta, Text, Cfg);
fill([], _, _, _) -> [].

value(K, Meta) when is_atom(K) -> maps:find(K, Meta);
value([K], Meta) -> value(K, Meta);
value([K | Ks], Meta) ->
    case maps:find(K, Meta) of
        {ok, M} when is_map(M) -> value(Ks, M);
        _ -> error
    end.

to_string(mfa, {M, F, A}) when is_atom(M), is_atom(F), is_integer(A) ->
    io_lib:format("~tw:~tw/~w", [M, F, A]);
to_string(mfa, {M, F, A}) when is_atom(M), is_atom(F), is_list(A) ->
    io_lib:format("~tw:~tw/~w", [M, F, length(A)]);
to_string(_, V) when is_atom(V) -> atom_to_list(V);
to_string(_, V) when is_integer(V) -> integer_to_list(V);
to_string(_, V) when is_pid(V) -> pid_to_list(V);
to_string(_, V) when is_binary(V) -> unicode:characters_to_list(V);
to_string(_, V) when is_list(V) ->
    case io_lib:printable_unicode_list(V) of
        true -> V;
        false -> io_lib:format("~tp", [V])
    end;
to_string(_, V) -> io_lib:format("~tp", [V]).

message(Msg, Meta, #{single_line := Single} = Cfg) ->
    Chars = case Msg of
                {string, S} -> unicode:characters_to_list(S);
                {report, R} ->
                    case report_cb(Meta, Cfg) of
                        {ok, F} when is_function(F, 1) -> fa(F(R), Single);
                        {ok, F} when is_function(F, 2) ->
                            unicode:characters_to_list(
                              F(R, #{chars_limit => unlimited, depth => unlimited, single_line => Single}));
                        _ -> fa(logger:format_report(R), Single)
                    end;
                {F, A} -> fa({F, A}, Single)
            end,
    case Single of
        true -> one_line(Chars);
        false -> Chars
    end.

report_cb(#{report_cb := F}, _) -> {ok, F};
report_cb(_, #{report_cb := F}) -> {ok, F};
report_cb(_, _) -> error.

fa({F, A}, Single) ->
    F1 = case Single of
             true -> zero_width(to_chars(F));
             false -> F
         end,
    try io_lib:format(F1, A)
    catch _:_ -> io_lib:format("FORMAT ERROR: ~tp - ~tp", [F, A])
    end.

to_chars(F) when is_atom(F) -> atom_to_list(F);
to_chars(F) when is_binary(F) -> unicode:characters_to_list(F);
to_chars(F) -> lists:flatten(F).

%% ~p and ~P without a field width get width 0 (no line breaks).
zero_width([$~, $~ | T]) -> [$~, $~ | zero_width(T)];
zero_width([$~ | T]) ->
    {Mods, Rest} = lists:splitwith(fun(C) -> C =:= $t orelse C =:= $l end, T),
    case Rest of
        [C | _] when C =:= $p; C =:= $P -> [$~, $0 | Mods] ++ zero_width(Rest);
        _ -> [$~ | zero_width(T)]
    end;
zero_width([C | T]) -> [C | zero_width(T)];
zero_width([]) -> [].

one_line(Chars) ->
    S = lists:reverse(lists:dropwhile(fun(C) -> C =:= $\n end, lists:reverse(lists:flatten(Chars)))),
    nl(lists:dropwhile(fun(C) -> C =:= $\s end, S)).

nl([$\n | T]) -> ", " ++ nl(lists:dropwhile(fun(C) -> C =:= $\s orelse C =:= $\t end, T));
nl([C | T]) -> [C | nl(T)];
nl([]) -> [].

limit(Chars, unlimited) -> Chars;
limit(Chars, Max) ->
    Flat = lists:flatten(Chars),
    case length(Flat) > Max of
        true -> lists:sublist(Flat, Max - 3) ++ "...";
        false -> Flat
    end.

time(Ts, #{time_offset := Off, time_designator := D}) ->
    Opts = [{unit, microsecond}, {time_designator, D}] ++
        case Off of
            "" -> [];
            _ -> [{offset, Off}]
        end,
    calendar:system_time_to_rfc3339(Ts, Opts).

header(L, Meta, _Cfg) ->
    Kind = case Meta of
               #{error_logger := #{type := crash_report}} -> "CRASH REPORT";
               #{error_logger := #{type := supervisor_report}} -> "SUPERVISOR REPORT";
               #{error_logger := #{type := progress}} -> "PROGRESS REPORT";
               _ -> [C - 32 || C <- atom_to_list(L)] ++ " REPORT"
           end,
    Ts = maps:get(time, Meta, logger:timestamp()),
    {{Y, Mo, D}, {H, Mi, S}} = calendar:system_time_to_local_time(Ts div 1000000, second),
    Months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
    io_lib:format("=~ts==== ~w-~ts-~w::~2..0w:~2..0w:~2..0w.~6..0w ===",
                  [Kind, D, element(Mo, Months), Y, H, Mi, S, Ts rem 1000000]).
