# needs: logger
defmodule Sample.Logging do
  # Logger macros in user code run (the output itself is silenced in the tests:
  # it carries timestamps); level and metadata round-trips.
  require Logger

  def start do
    Logger.info("starting #{1 + 1}")
    Logger.debug(fn -> "lazy message" end)
    Logger.warning("careful", user: :ann)
    Logger.error(["iodata ", "message"])
    Logger.metadata(request_id: 42)
    IO.inspect(Logger.metadata())
    Logger.metadata(request_id: nil)
    IO.inspect(Logger.metadata())
    IO.inspect(Logger.compare_levels(:info, :error))
    IO.inspect(Logger.compare_levels(:error, :error))
    IO.puts("logged")
    :ok
  end
end
