%% Loader test vector: atoms and strings outside ASCII.
-module(vec_unicode).
-export(['héllo'/0, '日本語'/1, start/0, long/0]).

'héllo'() -> 'wörld'.
'日本語'(X) -> {'🙂', X, "日本"}.
start() -> 'héllo'().
long() -> 'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij'.
