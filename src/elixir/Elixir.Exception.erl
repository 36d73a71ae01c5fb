%% Exception: normalize/3 (what `rescue` uses to turn Erlang errors into
%% exception structs), message/1, and the messages of our exception modules.
-module('Elixir.Exception').
-export([normalize/2, normalize/3, message/1, 'exception?'/1, '__message__'/1,
         format_banner/2, format_banner/3]).

'exception?'(#{'__struct__' := M, '__exception__' := true}) when is_atom(M) -> true;
'exception?'(_) -> false.

message(#{'__struct__' := M} = E) -> M:message(E).

normalize(Kind, Payload) -> normalize(Kind, Payload, []).
normalize(error, #{'__exception__' := true} = E, _) -> E;
normalize(error, Reason, St) -> from_erlang(Reason, St);
normalize(_, Payload, _) -> Payload.

from_erlang(badarg, [{erlang, F, Args, _} | _]) when is_list(Args) ->
    case badarg(F, Args) of
        none -> 'Elixir.ArgumentError':exception([]);
        {N, Why} ->
            'Elixir.ArgumentError':exception(
              iolist_to_binary(["errors were found at the given arguments:\n\n  * ", ordinal(N),
                                " argument: ", Why, "\n"]))
    end;
from_erlang(badarg, _) -> 'Elixir.ArgumentError':exception([]);
from_erlang(badarith, _) -> 'Elixir.ArithmeticError':exception([]);
from_erlang({badmatch, T}, _) -> 'Elixir.MatchError':exception([{term, T}]);
from_erlang({case_clause, T}, _) -> 'Elixir.CaseClauseError':exception([{term, T}]);
from_erlang({badmap, T}, _) -> 'Elixir.BadMapError':exception([{term, T}]);
from_erlang({badkey, K}, [{erlang, map_get, [K, T], _} | _]) ->
    'Elixir.KeyError':exception([{key, K}, {term, T}]);
from_erlang({badkey, K}, _) -> 'Elixir.KeyError':exception([{key, K}]);
from_erlang({badkey, K, T}, _) -> 'Elixir.KeyError':exception([{key, K}, {term, T}]);
from_erlang(undef, [{M, F, A, _} | _]) ->
    'Elixir.UndefinedFunctionError':exception([{module, M}, {function, F}, {arity, arity(A)}]);
from_erlang(function_clause, [{M, F, A, _} | _]) ->
    'Elixir.FunctionClauseError':exception([{module, M}, {function, F}, {arity, arity(A)}]);
from_erlang(Other, _) -> 'Elixir.ErlangError':exception([{original, Other}]).

%% Which argument of a BIF was wrong and why, in the words of OTP's error_info
%% (Elixir prints them in ArgumentError messages); none when not known.
badarg(F, [B | Base]) when F =:= binary_to_integer; F =:= list_to_integer ->
    IsText = case F of binary_to_integer -> is_binary(B); _ -> is_list(B) end,
    if not IsText, F =:= binary_to_integer -> {1, "not a binary"};
       not IsText -> {1, "not a list"};
       Base =/= [] -> base(Base, "not a textual representation of an integer");
       true -> {1, "not a textual representation of an integer"}
    end;
badarg(binary_to_float, [B]) when is_binary(B) -> {1, "not a textual representation of a float"};
badarg(list_to_float, [L]) when is_list(L) -> {1, "not a textual representation of a float"};
badarg(F, [I | Base]) when F =:= integer_to_binary; F =:= integer_to_list ->
    if not is_integer(I) -> {1, "not an integer"};
       true -> base(Base, "not an integer")
    end;
badarg(F, [X | _]) when F =:= float_to_binary; F =:= float_to_list, not is_float(X) -> {1, "not a float"};
badarg(F, [N, T | _]) when F =:= element; F =:= setelement ->
    if not is_tuple(T) -> {2, "not a tuple"};
       not is_integer(N) -> {1, "not an integer"};
       true -> {1, "out of range"}
    end;
badarg(F, [_]) when F =:= hd; F =:= tl -> {1, "not a nonempty list"};
badarg(F, [_]) when F =:= length; F =:= list_to_tuple; F =:= list_to_atom -> {1, "not a list"};
badarg(F, [_]) when F =:= tuple_size; F =:= tuple_to_list -> {1, "not a tuple"};
badarg(F, [_]) when F =:= byte_size; F =:= bit_size -> {1, "not a bitstring"};
badarg(F, [_]) when F =:= abs; F =:= round; F =:= trunc; F =:= float; F =:= ceil; F =:= floor ->
    {1, "not a number"};
badarg(F, [_ | _]) when F =:= atom_to_binary; F =:= atom_to_list -> {1, "not an atom"};
badarg(F, [B | _]) when F =:= binary_to_atom; F =:= binary_to_existing_atom; F =:= binary_to_list ->
    case is_binary(B) of
        false -> {1, "not a binary"};
        true when F =:= binary_to_existing_atom -> {1, "not an already existing atom"};
        true -> none
    end;
badarg(list_to_existing_atom, [L]) when is_list(L) -> {1, "not an already existing atom"};
badarg(binary_part, [B, S, _]) ->
    if not is_binary(B) -> {1, "not a binary"};
       not is_integer(S) orelse S < 0 orelse S > byte_size(B) -> {2, "out of range"};
       true -> {3, "out of range"}
    end;
badarg(iolist_to_binary, [_]) -> {1, "not an iodata term"};
badarg(list_to_binary, [_]) -> {1, "not an iolist term"};
badarg(send, [_, _]) -> {1, "invalid destination"};
badarg(make_tuple, [N | _]) when is_integer(N) -> {1, "out of range"};
badarg(exit, [_, _]) -> {1, "not a pid"};
badarg(F, [_]) when F =:= link; F =:= unlink -> {1, "not a pid"};
badarg(monitor, [process, _]) -> {2, "not a pid"};
badarg(F, [T | _]) when F =:= send_after; F =:= start_timer ->
    case is_integer(T) of true -> {1, "out of range"}; false -> {1, "not an integer"} end;
badarg(_, _) -> none.

base([B], _) when not is_integer(B); B < 2; B > 36 -> {2, "not an integer in the range 2 through 36"};
base(_, Why) -> {1, Why}.

ordinal(1) -> "1st";
ordinal(2) -> "2nd";
ordinal(3) -> "3rd";
ordinal(N) -> [integer_to_binary(N), "th"].

arity(A) when is_list(A) -> length(A);
arity(A) -> A.

format_banner(Kind, E) -> format_banner(Kind, E, []).
format_banner(error, E, St) -> iolist_to_binary(["** (", ins(maps:get('__struct__', normalize(error, E, St))), ") ", message(normalize(error, E, St))]);
format_banner(throw, R, _) -> iolist_to_binary(["** (throw) ", ins(R)]);
format_banner(exit, R, _) -> iolist_to_binary(["** (exit) ", ins(R)]).

ins(T) -> 'Elixir.Kernel':inspect(T).

'__message__'(#{'__struct__' := 'Elixir.KeyError', message := M}) when is_binary(M) -> M;
'__message__'(#{'__struct__' := 'Elixir.KeyError', key := K, term := nil}) ->
    iolist_to_binary(["key ", ins(K), " not found"]);
'__message__'(#{'__struct__' := 'Elixir.KeyError', key := K, term := T}) ->
    iolist_to_binary(["key ", ins(K), " not found in: ", ins(T)]);
'__message__'(#{'__struct__' := 'Elixir.MatchError', term := T}) ->
    iolist_to_binary(["no match of right hand side value: ", ins(T)]);
'__message__'(#{'__struct__' := 'Elixir.CaseClauseError', term := T}) ->
    iolist_to_binary(["no case clause matching: ", ins(T)]);
'__message__'(#{'__struct__' := 'Elixir.BadMapError', term := T}) ->
    iolist_to_binary(["expected a map, got: ", ins(T)]);
'__message__'(#{'__struct__' := 'Elixir.ErlangError', original := T}) ->
    iolist_to_binary(["Erlang error: ", ins(T)]);
'__message__'(#{'__struct__' := 'Elixir.UndefinedFunctionError', module := M, function := F, arity := A}) ->
    iolist_to_binary(["function ", ins(M), ".", atom_to_binary(F), "/", integer_to_binary(A),
                      " is undefined or private"]);
'__message__'(#{'__struct__' := 'Elixir.FunctionClauseError', module := M, function := F, arity := A}) ->
    iolist_to_binary(["no function clause matching in ", ins(M), ".", atom_to_binary(F), "/",
                      integer_to_binary(A)]);
'__message__'(#{'__struct__' := 'Elixir.Protocol.UndefinedError', protocol := P, value := V}) ->
    iolist_to_binary(["protocol ", ins(P), " not implemented for ", ins(V), " of type ", type(V)]);
'__message__'(#{message := M}) -> M.

type(#{'__struct__' := S}) when is_atom(S) -> [ins(S), " (a struct)"];
type(V) when is_atom(V) -> "Atom";
type(V) when is_bitstring(V) -> "BitString";
type(V) when is_float(V) -> "Float";
type(V) when is_function(V) -> "Function";
type(V) when is_integer(V) -> "Integer";
type(V) when is_list(V) -> "List";
type(V) when is_map(V) -> "Map";
type(V) when is_pid(V) -> "PID";
type(V) when is_port(V) -> "Port";
type(V) when is_reference(V) -> "Reference";
type(V) when is_tuple(V) -> "Tuple".
