%% AtomVM's spi module: open/1 and close/1 are natives of the platform; the reads and writes of a
%% device (the only one of the older single-device configuration, or one named in device_config)
%% go through its nif_* primitives.
-module(spi).
-export([read_at/3, read_at/4, write_at/4, write_at/5, write_read/2, write_read/3]).

read_at(SPI, Address, Len) -> spi:nif_read_at(SPI, default, Address, Len).
read_at(SPI, Device, Address, Len) -> spi:nif_read_at(SPI, Device, Address, Len).
write_at(SPI, Address, Len, Data) -> spi:nif_write_at(SPI, default, Address, Len, Data).
write_at(SPI, Device, Address, Len, Data) -> spi:nif_write_at(SPI, Device, Address, Len, Data).
write_read(SPI, Transaction) -> spi:nif_write_read(SPI, default, Transaction).
write_read(SPI, Device, Transaction) -> spi:nif_write_read(SPI, Device, Transaction).
