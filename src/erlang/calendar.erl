%% calendar: OTP 25's calendar module (our own implementation). Dates are
%% proleptic Gregorian; day 0 is {0, 1, 1}. Local time is the VM's
%% erlang:localtime/0 (UTC unless the platform says otherwise).
-module(calendar).

-export([date_to_gregorian_days/1, date_to_gregorian_days/3,
         datetime_to_gregorian_seconds/1, day_of_the_week/1, day_of_the_week/3,
         gregorian_days_to_date/1, gregorian_seconds_to_datetime/1,
         is_leap_year/1, iso_week_number/0, iso_week_number/1,
         last_day_of_the_month/2, local_time/0, local_time_to_universal_time/1,
         local_time_to_universal_time/2, local_time_to_universal_time_dst/1,
         now_to_datetime/1, now_to_local_time/1, now_to_universal_time/1,
         rfc3339_to_system_time/1, rfc3339_to_system_time/2,
         seconds_to_daystime/1, seconds_to_time/1, system_time_to_local_time/2,
         system_time_to_rfc3339/1, system_time_to_rfc3339/2,
         system_time_to_universal_time/2, time_difference/2, time_to_seconds/1,
         universal_time/0, universal_time_to_local_time/1, valid_date/1, valid_date/3]).

-define(SECONDS_PER_DAY, 86400).
%% Days from {0,1,1} to {1970,1,1}.
-define(DAYS_FROM_0_TO_1970, 719528).
-define(SECONDS_FROM_0_TO_1970, (?DAYS_FROM_0_TO_1970 * ?SECONDS_PER_DAY)).

date_to_gregorian_days({Y, M, D}) -> date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Year, Month, Day)
  when is_integer(Day), Day > 0, is_integer(Month), Month >= 1, Month =< 12,
       is_integer(Year), Year >= 0 ->
    Last = last_day_of_the_month(Year, Month),
    if
        Day =< Last -> days_before_year(Year) + days_before_month(Year, Month) + Day - 1
    end.

%% Days in the years 0 .. Year - 1 (year 0 is a leap year).
days_before_year(0) -> 0;
days_before_year(Y) ->
    Y1 = Y - 1,
    365 * Y + Y1 div 4 - Y1 div 100 + Y1 div 400 + 1.

days_before_month(Y, M) ->
    Base = element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}),
    case M > 2 andalso is_leap_year(Y) of
        true -> Base + 1;
        false -> Base
    end.

datetime_to_gregorian_seconds({Date, Time}) ->
    ?SECONDS_PER_DAY * date_to_gregorian_days(Date) + time_to_seconds(Time).

day_of_the_week({Y, M, D}) -> day_of_the_week(Y, M, D).

%% 1 is Monday; {0,1,1} was a Saturday.
day_of_the_week(Year, Month, Day) ->
    (date_to_gregorian_days(Year, Month, Day) + 5) rem 7 + 1.

gregorian_days_to_date(Days) ->
    Y0 = Days * 400 div 146097,
    Y = find_year(Days, Y0),
    DayOfYear = Days - days_before_year(Y),
    {M, D} = month_day(Y, DayOfYear),
    {Y, M, D}.

%% The year holding day Days, starting from a guess close below or above it.
find_year(Days, Y) ->
    case days_before_year(Y) of
        Before when Before > Days -> find_year(Days, Y - 1);
        _ ->
            case days_before_year(Y + 1) =< Days of
                true -> find_year(Days, Y + 1);
                false -> Y
            end
    end.

month_day(Y, DayOfYear) -> month_day(Y, DayOfYear, 12).

month_day(Y, DayOfYear, M) ->
    case days_before_month(Y, M) of
        Before when Before =< DayOfYear -> {M, DayOfYear - Before + 1};
        _ -> month_day(Y, DayOfYear, M - 1)
    end.

gregorian_seconds_to_datetime(Secs) ->
    Days = Secs div ?SECONDS_PER_DAY,
    Rest = Secs rem ?SECONDS_PER_DAY,
    {gregorian_days_to_date(Days), seconds_to_time(Rest)}.

is_leap_year(Y) when is_integer(Y), Y >= 0 ->
    (Y rem 4 =:= 0 andalso Y rem 100 =/= 0) orelse Y rem 400 =:= 0.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 -> last_day_1(Y, M).

last_day_1(Y, 2) ->
    case is_leap_year(Y) of
        true -> 29;
        false -> 28
    end;
last_day_1(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
last_day_1(_, M) when is_integer(M), M > 0, M < 13 -> 31.

valid_date({Y, M, D}) -> valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    Y >= 0 andalso M > 0 andalso M < 13 andalso D > 0 andalso D =< last_day_1(Y, M).

iso_week_number() ->
    {Date, _} = local_time(),
    iso_week_number(Date).

%% {Year, Week}: week 1 holds the year's first Thursday.
iso_week_number({Year, Month, Day}) ->
    D = date_to_gregorian_days(Year, Month, Day),
    W01_1_Year = gregorian_days_of_iso_w01_1(Year),
    W01_1_NextYear = gregorian_days_of_iso_w01_1(Year + 1),
    if
        W01_1_Year =< D, D < W01_1_NextYear -> {Year, (D - W01_1_Year) div 7 + 1};
        D < W01_1_Year ->
            PYear = Year - 1,
            {PYear, (D - gregorian_days_of_iso_w01_1(PYear)) div 7 + 1};
        true -> {Year + 1, 1}
    end.

%% The day number of the Monday starting ISO week 1 of Year.
gregorian_days_of_iso_w01_1(Year) ->
    D0101 = date_to_gregorian_days(Year, 1, 1),
    DOW = day_of_the_week(Year, 1, 1),
    if
        DOW =< 4 -> D0101 - DOW + 1;
        true -> D0101 + 7 - DOW + 1
    end.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

seconds_to_time(Secs) when is_integer(Secs), Secs >= 0, Secs < ?SECONDS_PER_DAY ->
    {Secs div 3600, (Secs rem 3600) div 60, Secs rem 60}.

seconds_to_daystime(Secs) ->
    Days0 = Secs div ?SECONDS_PER_DAY,
    Secs0 = Secs rem ?SECONDS_PER_DAY,
    if
        Secs0 < 0 -> {Days0 - 1, seconds_to_time(Secs0 + ?SECONDS_PER_DAY)};
        true -> {Days0, seconds_to_time(Secs0)}
    end.

time_difference({{Y1, Mo1, D1}, {H1, Mi1, S1}}, {{Y2, Mo2, D2}, {H2, Mi2, S2}}) ->
    Secs = datetime_to_gregorian_seconds({{Y2, Mo2, D2}, {H2, Mi2, S2}})
        - datetime_to_gregorian_seconds({{Y1, Mo1, D1}, {H1, Mi1, S1}}),
    seconds_to_daystime(Secs).

universal_time() -> erlang:universaltime().

local_time() -> erlang:localtime().

local_time_to_universal_time(DateTime) -> erlang:localtime_to_universaltime(DateTime).

local_time_to_universal_time(DateTime, IsDst) -> erlang:localtime_to_universaltime(DateTime, IsDst).

local_time_to_universal_time_dst(DateTime) ->
    [erlang:localtime_to_universaltime(DateTime, false)].

universal_time_to_local_time(DateTime) -> erlang:universaltime_to_localtime(DateTime).

now_to_datetime({MSec, Sec, _}) ->
    gregorian_seconds_to_datetime(MSec * 1000000 + Sec + ?SECONDS_FROM_0_TO_1970).

now_to_universal_time(Now) -> now_to_datetime(Now).

now_to_local_time(Now) -> universal_time_to_local_time(now_to_datetime(Now)).

system_time_to_universal_time(Time, Unit) ->
    Secs = erlang:convert_time_unit(Time, Unit, second),
    gregorian_seconds_to_datetime(Secs + ?SECONDS_FROM_0_TO_1970).

system_time_to_local_time(Time, Unit) ->
    universal_time_to_local_time(system_time_to_universal_time(Time, Unit)).

%% ---------------------------------------------------------------- RFC 3339

system_time_to_rfc3339(Time) -> system_time_to_rfc3339(Time, []).

system_time_to_rfc3339(Time, Options) ->
    Unit = opt(unit, Options, second),
    Offset = case opt(offset, Options, "") of
                 "" -> local_offset(Time, Unit);
                 O -> O
             end,
    Designator = opt(time_designator, Options, $T),
    Factor = unit_factor(Unit),
    Adjusted = Time + offset_seconds(Offset, Unit, Factor) * Factor,
    %% (As OTP: the seconds are truncated towards zero and the fraction is
    %% written without its sign.)
    Secs = Adjusted div Factor,
    Frac = abs(Adjusted rem Factor),
    {{Y, Mo, D}, {H, Mi, S}} =
        case Secs >= -?SECONDS_FROM_0_TO_1970 andalso Secs < 253402300800 of
            true -> gregorian_seconds_to_datetime(Secs + ?SECONDS_FROM_0_TO_1970);
            false -> erlang:error({badarg, [Time, Options]})
        end,
    FracStr = case Unit of
                  second -> "";
                  _ -> [$. | pad(Frac, digits(Factor) - 1)]
              end,
    lists:flatten([pad(Y, 4), $-, pad(Mo, 2), $-, pad(D, 2), Designator,
                   pad(H, 2), $:, pad(Mi, 2), $:, pad(S, 2), FracStr,
                   offset_string(Offset)]).

opt(Key, Options, Default) ->
    case lists:keyfind(Key, 1, Options) of
        {Key, V} -> V;
        false -> Default
    end.

unit_factor(second) -> 1;
unit_factor(millisecond) -> 1000;
unit_factor(microsecond) -> 1000000;
unit_factor(nanosecond) -> 1000000000;
unit_factor(native) -> erlang:convert_time_unit(1, second, native).

digits(N) when N < 10 -> 1;
digits(N) -> 1 + digits(N div 10).

%% The local time zone's offset (in seconds) at Time.
local_offset(Time, Unit) ->
    UT = system_time_to_universal_time(Time, Unit),
    LT = universal_time_to_local_time(UT),
    datetime_to_gregorian_seconds(LT) - datetime_to_gregorian_seconds(UT).

offset_seconds("Z", _, _) -> 0;
offset_seconds("z", _, _) -> 0;
offset_seconds(Offset, Unit, _) when is_integer(Offset) -> erlang:convert_time_unit(Offset, Unit, second);
offset_seconds(Offset, _, _) ->
    [Sign, H1, H2, $:, M1, M2] = Offset,
    Secs = (list_to_integer([H1, H2]) * 60 + list_to_integer([M1, M2])) * 60,
    case Sign of
        $+ -> Secs;
        $- -> -Secs
    end.

offset_string(Offset) when is_list(Offset) -> Offset;
offset_string(Offset) when is_integer(Offset) ->
    Secs = erlang:convert_time_unit(abs(Offset), second, second),
    Sign = case Offset < 0 of
               true -> $-;
               false -> $+
           end,
    [Sign, pad(Secs div 3600, 2), $:, pad((Secs rem 3600) div 60, 2)].

pad(N, Width) ->
    S = integer_to_list(N),
    lists:duplicate(max(0, Width - length(S)), $0) ++ S.

rfc3339_to_system_time(String) -> rfc3339_to_system_time(String, []).

rfc3339_to_system_time(String, Options) ->
    Unit = opt(unit, Options, second),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _T, H1, H2, $:, Mi1, Mi2, $:, S1, S2 | Rest] = String,
    Date = {list_to_integer([Y1, Y2, Y3, Y4]), list_to_integer([Mo1, Mo2]), list_to_integer([D1, D2])},
    Time = {list_to_integer([H1, H2]), list_to_integer([Mi1, Mi2]), list_to_integer([S1, S2])},
    {FracDigits, OffsetStr} = frac(Rest),
    Secs = datetime_to_gregorian_seconds({Date, Time}) - ?SECONDS_FROM_0_TO_1970
        - offset_seconds(OffsetStr, second, 1),
    Factor = unit_factor(Unit),
    FracUnits = case FracDigits of
                    [] -> 0;
                    _ when Unit =:= second -> 0;
                    _ ->
                        N = length(FracDigits),
                        F = list_to_integer(FracDigits),
                        Scale = digits(Factor) - 1,
                        if
                            N =< Scale -> F * pow10(Scale - N);
                            true -> (F + pow10(N - Scale) div 2) div pow10(N - Scale)
                        end
                end,
    %% (As OTP: a fraction moves a time before 1970 further back.)
    case Secs < 0 of
        true -> Secs * Factor - FracUnits;
        false -> Secs * Factor + FracUnits
    end.

frac([$. | Rest]) ->
    {Ds, Off} = lists:splitwith(fun(C) -> C >= $0 andalso C =< $9 end, Rest),
    {Ds, Off};
frac(Off) -> {[], Off}.

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).
