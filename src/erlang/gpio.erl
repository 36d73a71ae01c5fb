%% AtomVM's gpio module: the port forms over the device's natives. gpio:set_pin_mode/2,
%% set_pin_pull/2, set_direction/2, digital_write/2 and digital_read/1 are natives of the platform
%% (not exported here: module exports win over natives); nif_open/0, nif_set_int/3 and
%% nif_remove_int/1 are its private primitives. On generic_unix they are absent: calls raise undef.
-module(gpio).
-export([open/0, start/0, close/1, stop/0, set_direction/3, set_level/3, read/2,
         set_int/3, set_int/4, remove_int/2, attach_interrupt/2, detach_interrupt/1]).

open() -> gpio:nif_open().
start() -> gpio:nif_open().
close(_GPIO) -> ok.
stop() -> ok.

set_direction(_GPIO, Pin, Direction) -> gpio:set_direction(Pin, Direction).
set_level(_GPIO, Pin, Level) -> gpio:digital_write(Pin, Level).
read(_GPIO, Pin) -> gpio:digital_read(Pin).

set_int(_GPIO, Pin, Trigger) -> gpio:nif_set_int(Pin, Trigger, self()).
set_int(_GPIO, Pin, Trigger, Pid) when is_pid(Pid) -> gpio:nif_set_int(Pin, Trigger, Pid);
set_int(_GPIO, _Pin, _Trigger, _Pid) -> erlang:error(badarg).
remove_int(_GPIO, Pin) -> gpio:nif_remove_int(Pin).

attach_interrupt(Pin, Trigger) -> gpio:nif_set_int(Pin, Trigger, self()).
detach_interrupt(Pin) -> gpio:nif_remove_int(Pin).
