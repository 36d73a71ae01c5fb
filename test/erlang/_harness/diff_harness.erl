%% Differential-test oracle: runs many test programs in ONE Erlang VM and
%% records, for each, exactly what `erl -noshell` would print.
%%
%% Usage (done by test/diff_lib.mjs):
%%   erl -noshell -pa BEAMDIR -pa HARNESSDIR -run diff_harness main OUTDIR LISTFILE
%% LISTFILE holds one module name per line. For each module M the harness
%% calls M:start() in a fresh process whose group leader is a small io server
%% that collects every output request into a binary, then writes
%%   OUTDIR/M.out  the program's stdout (UTF-8 bytes)
%%   OUTDIR/M.ret  "Return value: ~p\n" of start/0's result
%%   OUTDIR/M.time microseconds the program took
%% or, when the program crashes or hangs, OUTDIR/M.err with the reason.
%%
%% The io server behaves like OTP's standard_io set to {encoding, unicode}
%% (the default of OTP 26+ on a UTF-8 locale, and what AtomVM writes).
-module(diff_harness).
-export([main/1]).

-define(TIMEOUT, 10000).

main([OutDir, ListFile]) ->
    {ok, Bin} = file:read_file(ListFile),
    Mods = [binary_to_atom(string:trim(L), utf8)
            || L <- binary:split(Bin, <<"\n">>, [global]),
               string:trim(L) =/= <<>>],
    lists:foreach(fun(M) -> run_one(OutDir, M) end, Mods),
    halt(0).

run_one(OutDir, Mod) ->
    Base = filename:join(OutDir, atom_to_list(Mod)),
    _ = [file:delete(Base ++ Ext) || Ext <- [".out", ".ret", ".err", ".time"]],
    Collector = spawn(fun() -> collector([]) end),
    Parent = self(),
    T0 = erlang:monotonic_time(microsecond),
    {Pid, MRef} =
        spawn_monitor(
          fun() ->
                  group_leader(Collector, self()),
                  R = try {ok, Mod:start()}
                      catch Class:Reason:St -> {crashed, Class, Reason, St}
                      end,
                  Parent ! {self(), result, R}
          end),
    Result = receive
                 {Pid, result, R} ->
                     erlang:demonitor(MRef, [flush]),
                     R;
                 {'DOWN', MRef, process, Pid, Why} ->
                     {crashed, exit, Why, []}
             after ?TIMEOUT ->
                     exit(Pid, kill),
                     erlang:demonitor(MRef, [flush]),
                     timeout
             end,
    Elapsed = erlang:monotonic_time(microsecond) - T0,
    Collector ! {get, self()},
    Out = receive {output, O} -> O after 5000 -> <<"<collector lost>">> end,
    exit(Collector, kill),
    case Result of
        {ok, Value} ->
            ok = file:write_file(Base ++ ".out", Out),
            Ret = unicode:characters_to_binary(
                    io_lib:format("Return value: ~p~n", [Value])),
            ok = file:write_file(Base ++ ".ret", Ret),
            ok = file:write_file(Base ++ ".time", integer_to_list(Elapsed));
        {crashed, C, E, St} ->
            Msg = io_lib:format("program crashed under OTP: ~p:~p~n~p~n"
                                "stdout so far:~n~ts~n", [C, E, St, Out]),
            ok = file:write_file(Base ++ ".err", unicode:characters_to_binary(Msg));
        timeout ->
            Msg = io_lib:format("program did not finish within ~b ms under OTP~n"
                                "stdout so far:~n~ts~n", [?TIMEOUT, Out]),
            ok = file:write_file(Base ++ ".err", unicode:characters_to_binary(Msg))
    end.

%% A minimal io server (see "The Erlang I/O Protocol" in the stdlib docs).
%% Acc is a reversed list of UTF-8 binaries.
collector(Acc) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Acc1} = request(Request, Acc),
            From ! {io_reply, ReplyAs, Reply},
            collector(Acc1);
        {get, From} ->
            From ! {output, iolist_to_binary(lists:reverse(Acc))},
            collector(Acc);
        _Other ->
            collector(Acc)
    end.

request({put_chars, Enc, Chars}, Acc) ->
    put_chars(Enc, Chars, Acc);
request({put_chars, Enc, M, F, A}, Acc) ->
    case catch apply(M, F, A) of
        Chars when is_list(Chars); is_binary(Chars) -> put_chars(Enc, Chars, Acc);
        _ -> {{error, F}, Acc}
    end;
request({put_chars, Chars}, Acc) ->
    request({put_chars, latin1, Chars}, Acc);
request({put_chars, M, F, A}, Acc) ->
    request({put_chars, latin1, M, F, A}, Acc);
request({requests, Reqs}, Acc) ->
    requests(Reqs, {ok, Acc});
request(getopts, Acc) ->
    {[{binary, false}, {encoding, unicode}], Acc};
request({setopts, _}, Acc) ->
    {ok, Acc};
request({get_geometry, _}, Acc) ->
    {{error, enotsup}, Acc};
request({get_chars, _, _, _}, Acc) -> {eof, Acc};
request({get_chars, _, _, _, _}, Acc) -> {eof, Acc};
request({get_line, _, _}, Acc) -> {eof, Acc};
request({get_line, _}, Acc) -> {eof, Acc};
request({get_until, _, _, _, _, _}, Acc) -> {eof, Acc};
request({get_until, _, _, _, _}, Acc) -> {eof, Acc};
request({get_until, _, _, _}, Acc) -> {eof, Acc};
request(_, Acc) ->
    {{error, request}, Acc}.

requests([], Last) -> Last;
requests([R | Rs], {_, Acc}) ->
    case request(R, Acc) of
        {{error, _}, _} = Err -> Err;
        Ok -> requests(Rs, Ok)
    end.

put_chars(latin1, Chars, Acc) -> encode(Chars, latin1, Acc);
put_chars(unicode, Chars, Acc) -> encode(Chars, unicode, Acc);
put_chars(_, Chars, Acc) -> encode(Chars, unicode, Acc).

encode(Chars, InEnc, Acc) ->
    case catch unicode:characters_to_binary(Chars, InEnc, unicode) of
        B when is_binary(B) -> {ok, [B | Acc]};
        _ -> {{error, put_chars}, Acc}
    end.
