-- GET scenario for wrk: rotates through the request paths listed (one a line) in the file named by $PATHS,
-- each thread starting at a different line. Headers given with -H (the session cookie) are sent with every request.
-- done() prints one machine-readable line that run-load.sh turns into the table (p95 is not in wrk's own output).
local counter = 0
function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  i = (tid or 0) * 7
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %s %.2f %.2f %.2f %.1f %d %d %d\n", os.getenv("SCENARIO") or "?",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
