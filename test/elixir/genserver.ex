# needs: gen_server
defmodule Sample.Genserver.Counter do
  use GenServer

  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)
  def increment(by \\ 1), do: GenServer.cast(__MODULE__, {:inc, by})
  def value, do: GenServer.call(__MODULE__, :value)

  @impl true
  def init(initial) do
    IO.puts("counter starting at #{initial}")
    {:ok, initial}
  end

  @impl true
  def handle_call(:value, _from, n), do: {:reply, n, n}
  def handle_call({:add_and_get, k}, _from, n), do: {:reply, n + k, n + k}
  def handle_call(:stop_me, _from, n), do: {:stop, :normal, :stopping, n}

  @impl true
  def handle_cast({:inc, by}, n), do: {:noreply, n + by}

  @impl true
  def handle_info({:tick, from}, n) do
    send(from, {:tock, n})
    {:noreply, n}
  end

  @impl true
  def terminate(reason, n) do
    IO.puts("terminating with #{inspect(reason)} at #{n}")
    :ok
  end
end

defmodule Sample.Genserver.Stack do
  use GenServer

  @impl true
  def init(items), do: {:ok, items}

  @impl true
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_call(:pop, _from, []), do: {:reply, nil, []}

  @impl true
  def handle_cast({:push, x}, items), do: {:noreply, [x | items]}
end

defmodule Sample.Genserver do
  # GenServer: start_link with a name, call, cast, info messages, timeouts, stop.
  alias Sample.Genserver.{Counter, Stack}

  def start do
    {:ok, pid} = Counter.start_link(10)
    IO.inspect(is_pid(pid))
    IO.inspect(GenServer.whereis(Counter) == pid)
    Counter.increment()
    Counter.increment(5)
    IO.inspect(Counter.value(), label: "value")
    IO.inspect(GenServer.call(Counter, {:add_and_get, 100}))
    send(Counter, {:tick, self()})
    receive do
      {:tock, n} -> IO.puts("tock #{n}")
    end
    {:ok, stack} = GenServer.start_link(Stack, [:a, :b])
    GenServer.cast(stack, {:push, :z})
    IO.inspect(GenServer.call(stack, :pop))
    IO.inspect(GenServer.call(stack, :pop))
    IO.inspect(GenServer.call(stack, :pop))
    IO.inspect(GenServer.call(stack, :pop))
    IO.inspect(GenServer.call(Counter, :stop_me))
    Process.sleep(10)
    IO.inspect(Process.whereis(Counter))
    {:ok, s2} = GenServer.start(Stack, [1])
    IO.inspect(GenServer.stop(s2))
    IO.inspect(Process.alive?(s2))
    Process.flag(:trap_exit, true)
    result =
      try do
        GenServer.call(Stack, :pop, 100)
      catch
        :exit, reason -> {:exit, reason}
      end
    IO.inspect(result)
    IO.inspect(Stack.child_spec([1, 2]))
    :done
  end
end
