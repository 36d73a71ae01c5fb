# needs: gen_server
defmodule Sample.GenserverMore.Stack do
  use GenServer

  def start_link(items), do: GenServer.start_link(__MODULE__, items)
  def push(pid, x), do: GenServer.cast(pid, {:push, x})
  def pop(pid), do: GenServer.call(pid, :pop)

  @impl true
  def init(items), do: {:ok, items, {:continue, :announce}}

  @impl true
  def handle_continue(:announce, items) do
    IO.puts("stack ready with #{length(items)} items")
    {:noreply, items}
  end

  @impl true
  def handle_call(:pop, _from, [h | t]), do: {:reply, {:ok, h}, t}
  def handle_call(:pop, _from, []), do: {:reply, :empty, []}
  def handle_call(:size, _from, s), do: {:reply, length(s), s}
  def handle_call({:delayed, ms}, from, s) do
    Process.send_after(self(), {:answer, from}, ms)
    {:noreply, s}
  end
  def handle_call(:stop_me, _from, s), do: {:stop, :normal, :stopping, s}

  @impl true
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}

  @impl true
  def handle_info({:answer, from}, s) do
    GenServer.reply(from, {:late_answer, length(s)})
    {:noreply, s}
  end
  def handle_info(:tick, s), do: {:noreply, [:tick | s]}
  def handle_info(_other, s), do: {:noreply, s}

  @impl true
  def terminate(reason, s) do
    IO.puts("terminating #{inspect(reason)} with #{inspect(s)}")
  end
end

defmodule Sample.GenserverMore.Registry do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
  def put(k, v), do: GenServer.call(__MODULE__, {:put, k, v})
  def get(k), do: GenServer.call(__MODULE__, {:get, k})

  @impl true
  def init(m), do: {:ok, m}

  @impl true
  def handle_call({:put, k, v}, _from, m), do: {:reply, :ok, Map.put(m, k, v)}
  def handle_call({:get, k}, _from, m), do: {:reply, Map.get(m, k), m}
end

defmodule Sample.GenserverMore do
  # GenServer: handle_continue, deferred replies, handle_info, named servers,
  # call timeouts, stop from a call, terminate, many clients.
  alias Sample.GenserverMore.{Stack, Registry}

  def start do
    {:ok, pid} = Stack.start_link([1, 2])
    Stack.push(pid, 3)
    IO.inspect(Stack.pop(pid))
    IO.inspect(GenServer.call(pid, :size))
    send(pid, :tick)
    send(pid, :ignored)
    IO.inspect(GenServer.call(pid, {:delayed, 20}))
    IO.inspect(Stack.pop(pid))
    IO.inspect(Stack.pop(pid))
    IO.inspect(Stack.pop(pid))
    IO.inspect(Stack.pop(pid))
    Process.flag(:trap_exit, true)
    result =
      try do
        GenServer.call(pid, {:delayed, 500}, 50)
      catch
        :exit, {reason, {GenServer, :call, _}} -> {:call_exit, reason}
      end
    IO.inspect(result)
    IO.inspect(GenServer.call(pid, :stop_me))
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect({:exited, reason})
    end
    {:ok, _} = Registry.start_link(nil)
    IO.inspect(GenServer.whereis(Registry) |> is_pid())
    me = self()
    for i <- 1..5 do
      spawn(fn -> Registry.put(i, i * 10); send(me, :done) end)
    end
    for _ <- 1..5, do: receive(do: (:done -> :ok))
    IO.inspect(Enum.map(1..5, &Registry.get/1))
    IO.inspect(Registry.get(:missing))
    {:ok, s2} = GenServer.start(Stack, [])
    IO.inspect(GenServer.stop(s2))
    IO.inspect(Process.alive?(s2))
    :ok
  end
end
