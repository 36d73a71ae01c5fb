# needs: gen_server
defmodule Sample.AgentTask.Counter do
  use Agent

  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
  def increment, do: Agent.update(__MODULE__, &(&1 + 1))
  def value, do: Agent.get(__MODULE__, & &1)
end

defmodule Sample.AgentTask do
  # Agent (get/update/get_and_update/cast/stop, named) and Task (async/await,
  # await_many, yield, start).
  alias Sample.AgentTask.Counter

  def start do
    {:ok, agent} = Agent.start_link(fn -> %{} end)
    Agent.update(agent, &Map.put(&1, :a, 1))
    Agent.cast(agent, &Map.put(&1, :b, 2))
    IO.inspect(Agent.get(agent, & &1))
    IO.inspect(Agent.get(agent, Map, :get, [:a]))
    IO.inspect(Agent.get_and_update(agent, fn s -> {map_size(s), Map.put(s, :c, 3)} end))
    IO.inspect(Agent.get(agent, &Map.keys/1))
    IO.inspect(Agent.stop(agent))
    IO.inspect(Process.alive?(agent))
    {:ok, _} = Counter.start_link(10)
    Enum.each(1..5, fn _ -> Counter.increment() end)
    IO.inspect(Counter.value())
    {:ok, stack} = Agent.start(fn -> [] end)
    for x <- 1..3, do: Agent.update(stack, &[x | &1])
    IO.inspect(Agent.get(stack, &Enum.reverse/1))
    task = Task.async(fn -> Enum.sum(1..100) end)
    IO.inspect(Task.await(task))
    tasks = for i <- 1..5, do: Task.async(fn -> Process.sleep(10 * (6 - i)); i * i end)
    IO.inspect(Task.await_many(tasks))
    IO.inspect(Task.async(String, :upcase, ["remote"]) |> Task.await())
    slow = Task.async(fn -> Process.sleep(200); :late end)
    IO.inspect(Task.yield(slow, 10))
    IO.inspect(Task.yield(slow, 1000))
    parent = self()
    {:ok, pid} = Task.start(fn -> send(parent, {:started, :fire_and_forget}) end)
    IO.inspect(is_pid(pid))
    receive do
      {:started, _} = msg -> IO.inspect(msg)
    end
    results =
      ["a", "bb", "ccc"]
      |> Enum.map(&Task.async(fn -> String.length(&1) end))
      |> Enum.map(&Task.await/1)
    IO.inspect(results)
    :ok
  end
end
