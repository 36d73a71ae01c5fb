%% Base: hex (case: upper by default) and base64 over OTP's base64 module.
-module('Elixir.Base').
-export([encode16/1, encode16/2, decode16/1, decode16/2, 'decode16!'/1, 'decode16!'/2,
         encode64/1, encode64/2, decode64/1, decode64/2, 'decode64!'/1, 'decode64!'/2]).

encode16(B) -> encode16(B, []).
encode16(B, Opts) ->
    Digits = case proplists:get_value('case', Opts, upper) of
                 upper -> <<"0123456789ABCDEF">>;
                 lower -> <<"0123456789abcdef">>
             end,
    << <<(binary:at(Digits, N bsr 4)), (binary:at(Digits, N band 15))>> || <<N>> <= B >>.

decode16(B) -> decode16(B, []).
decode16(B, Opts) ->
    Case = proplists:get_value('case', Opts, upper),
    try {ok, << <<(hex(H, Case) * 16 + hex(L, Case))>> || <<H, L>> <= even(B) >>}
    catch throw:bad -> error
    end.
'decode16!'(B) -> 'decode16!'(B, []).
'decode16!'(B, Opts) -> bang(decode16(B, Opts), <<"non-alphabet digit found">>).

even(B) when byte_size(B) rem 2 =:= 0 -> B;
even(_) -> throw(bad).
hex(C, _) when C >= $0, C =< $9 -> C - $0;
hex(C, Case) when C >= $A, C =< $F, Case =/= lower -> C - $A + 10;
hex(C, Case) when C >= $a, C =< $f, Case =/= upper -> C - $a + 10;
hex(_, _) -> throw(bad).

encode64(B) -> base64:encode(B).
encode64(B, Opts) ->
    E = base64:encode(B),
    case proplists:get_value(padding, Opts, true) of
        true -> E;
        false -> hd(binary:split(E, <<"=">>))
    end.
decode64(B) -> decode64(B, []).
decode64(B, Opts) ->
    B2 = case proplists:get_value(padding, Opts, true) of
             true -> B;
             false -> <<B/binary, (binary:copy(<<"=">>, (4 - byte_size(B) rem 4) rem 4))/binary>>
         end,
    try {ok, base64:decode(B2)} catch _:_ -> error end.
'decode64!'(B) -> 'decode64!'(B, []).
'decode64!'(B, Opts) -> bang(decode64(B, Opts), <<"incorrect padding or non-alphabet digit found">>).

bang({ok, V}, _) -> V;
bang(error, Msg) -> erlang:error('Elixir.ArgumentError':exception(Msg)).
