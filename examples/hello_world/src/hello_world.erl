%% The classic first AtomVM program: prints a greeting on the console.
-module(hello_world).
-export([start/0]).

start() ->
    io:format("Hello World~n").
