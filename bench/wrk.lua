-- Load script for `make bench`: each request gets a path from BENCH_PATHS (a file, one path a
-- line, taken in turn so a list of many paths means few cache hits) and its own client
-- address, as a crowd of readers would have; done() prints one JSON line for bench/run.py.
local paths = {}
local file = io.open(os.getenv("BENCH_PATHS"), "r")
for line in file:lines() do
  if #line > 0 then paths[#paths + 1] = line end
end
file:close()

local counter = 0
local thread_offset = 0

function setup(thread)
  thread:set("thread_offset", math.random(0, #paths - 1))
end

function request()
  counter = counter + 1
  local path = paths[((counter + thread_offset) % #paths) + 1]
  local address = string.format("10.%d.%d.%d", counter % 250,
                                math.floor(counter / 250) % 250, math.random(1, 250))
  return wrk.format("GET", path, { ["X-Forwarded-For"] = address, ["Accept-Encoding"] = "gzip" })
end

function done(summary, latency, requests)
  local statuses = summary.errors.status
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p99_us": %d, ' ..
    '"errors": %d, "non_2xx": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    statuses))
end
