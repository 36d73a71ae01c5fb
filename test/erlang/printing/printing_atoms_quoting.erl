-module(printing_atoms_quoting).
-export([start/0]).

start() ->
    Atoms = [ok, 'Ok', 'OK', '_under', under_score, 'with space', '', 'a-b', 'a.b', 'a@b', a@b, 'a1', '1a',
             'case', 'end', 'receive', 'fun', 'when', 'andalso', 'orelse', 'not', 'div', 'rem', 'bnot',
             'true', 'false', 'undefined', '[]', '{}', 'it\'s', 'tab\t', 'new\nline', 'é', 'ñandú', 'Émile',
             '€', 'ü_ber', 'q"uote', 'back\\slash', 'maybe', 'else', 'catch', 'try', 'of'],
    lists:foreach(fun(A) -> io:format("~p ~w~n", [A, A]) end, Atoms),
    io:format("~p~n", [Atoms]),
    'Return Atom'.
