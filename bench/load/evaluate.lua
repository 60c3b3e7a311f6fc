-- POSTs the public worked cases to /api/v1/evaluate in turn.
local bodies = {}
local file = io.open(os.getenv("DECIDER_CASES"), "r")
for line in file:lines() do
  bodies[#bodies + 1] = line
end
file:close()

local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/v1/evaluate", { ["Content-Type"] = "application/json" }, bodies[i])
end
