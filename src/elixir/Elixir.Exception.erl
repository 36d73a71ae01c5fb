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
