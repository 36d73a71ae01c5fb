%% The struct functions of an exception module; the module defines FIELDS as
%% [{Field, Default}] before including this file. Messages are made by
%% Elixir.Exception.
-export(['__struct__'/0, '__struct__'/1, '__info__'/1, exception/1, message/1]).

'__struct__'() -> maps:from_list([{'__struct__', ?MODULE}, {'__exception__', true} | ?FIELDS]).
'__struct__'(Kv) ->
    lists:foldl(fun({K, V}, S) when K =/= '__struct__' -> maps:update(K, V, S) end, '__struct__'(), Kv).

'__info__'(struct) -> [#{field => F, required => false} || {F, _} <- [{'__exception__', true} | ?FIELDS]];
'__info__'(module) -> ?MODULE;
'__info__'(_) -> [].

exception(Msg) when is_binary(Msg) -> '__struct__'([{message, Msg}]);
exception(Kv) when is_list(Kv) -> '__struct__'(Kv).

message(E) -> 'Elixir.Exception':'__message__'(E).
