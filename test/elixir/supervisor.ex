# needs: gen_server supervisor
defmodule Sample.Supervisor.Worker do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)

  @impl true
  def init(name) do
    IO.puts("worker #{name} started")
    {:ok, %{name: name, calls: 0}}
  end

  @impl true
  def handle_call(:ping, _from, state), do: {:reply, {:pong, state.name}, %{state | calls: state.calls + 1}}
  def handle_call(:crash, _from, _state), do: raise("crash requested")

  @impl true
  def handle_cast(:boom, state), do: {:stop, :boom, state}
end

defmodule Sample.Supervisor.Tree do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    children = [
      %{id: :a, start: {Sample.Supervisor.Worker, :start_link, [:worker_a]}},
      Supervisor.child_spec({Sample.Supervisor.Worker, :worker_b}, id: :b)
    ]
    Supervisor.init(children, strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
  end
end

defmodule Sample.Supervisor do
  # Supervisor: children from child specs, restarts after crashes, which_children,
  # count_children, terminate/restart/delete a child, a module-based tree, intensity.
  alias Sample.Supervisor.Worker

  def start do
    Process.flag(:trap_exit, true)
    children = [{Worker, :w1}, Supervisor.child_spec({Worker, :w2}, id: :second)]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    IO.inspect(GenServer.call(:w1, :ping))
    IO.inspect(ids(sup))
    IO.inspect(Supervisor.count_children(sup))
    old = Process.whereis(:w1)
    GenServer.cast(:w1, :boom)
    Process.sleep(50)
    new = Process.whereis(:w1)
    IO.inspect(is_pid(new) and new != old, label: "restarted")
    IO.inspect(GenServer.call(:w1, :ping))
    IO.inspect(Supervisor.terminate_child(sup, :second))
    IO.inspect(Process.whereis(:w2))
    {:ok, _} = Supervisor.restart_child(sup, :second)
    IO.inspect(GenServer.call(:w2, :ping))
    IO.inspect(Supervisor.terminate_child(sup, :second))
    IO.inspect(Supervisor.delete_child(sup, :second))
    IO.inspect(ids(sup))
    {:ok, _} = Supervisor.start_child(sup, %{id: :dyn, start: {Worker, :start_link, [:w3]}})
    IO.inspect(ids(sup))
    :ok = Supervisor.stop(sup)
    IO.inspect(Process.alive?(sup))

    {:ok, tree} = Sample.Supervisor.Tree.start_link(:ok)
    IO.inspect(ids(tree))
    for _ <- 1..3 do
      old = Process.whereis(:worker_a)
      GenServer.cast(:worker_a, :boom)
      wait_restart(:worker_a, old, 20)
    end
    receive do
      {:EXIT, ^tree, reason} -> IO.inspect(reason, label: "tree exited")
    after
      500 -> IO.puts("tree still alive")
    end
    IO.inspect(Process.alive?(tree))
    :finished
  end

  defp ids(sup), do: sup |> Supervisor.which_children() |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end) |> Enum.sort()

  defp wait_restart(_name, _old, 0), do: IO.puts("not restarted")
  defp wait_restart(name, old, n) do
    Process.sleep(5)
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> IO.puts("#{name} restarted")
      _ -> wait_restart(name, old, n - 1)
    end
  end
end
