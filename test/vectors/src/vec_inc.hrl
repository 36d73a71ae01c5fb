%% Included into vec_basic.erl: its functions carry this file's name in the Line chunk.
inc_double(X) ->
    X * 2.
