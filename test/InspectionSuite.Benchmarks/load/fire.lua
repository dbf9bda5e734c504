-- POST scenario for wrk: fires the Cancel trigger (reason given, at the instance's current version) on a different case
-- for every request, over the bearer token in $TOKEN. The lines of $IDS ("case-id version") are split between the
-- threads so no two requests aim at the same case: every request is an accepted, durable transition (a 409/422 would
-- show as non-2xx).
local counter = 0
function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function init(args)
  ids = {}
  versions = {}
  for line in io.lines(os.getenv("IDS")) do
    local id, version = line:match("^(%S+)%s+(%d+)")
    if id then
      ids[#ids + 1] = id
      versions[#versions + 1] = version
    end
  end
  step = tonumber(os.getenv("THREADS") or "2")
  i = (tid or 0) + 1
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }
end

function request()
  local n = i
  if ids[n] == nil then n = 1 end -- out of ids: the answer is a 409, counted as an error
  i = i + step
  return wrk.format("POST", "/api/cases/" .. ids[n] .. "/triggers/Cancel", headers,
    '{"expectedVersion":' .. versions[n] .. ',"reason":"load test"}')
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %s %.2f %.2f %.2f %.1f %d %d %d\n", os.getenv("SCENARIO") or "?",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
