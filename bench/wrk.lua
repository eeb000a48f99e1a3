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
local threads = {}
hits = 0

function setup(thread)
  thread:set("thread_offset", math.random(0, #paths - 1))
  table.insert(threads, thread)
end

-- With BENCH_COUNT_HITS set, count answers served from the page cache (X-Page-Cache: hit).
-- Only then: a response() function makes wrk hand every response to Lua, which costs.
if os.getenv("BENCH_COUNT_HITS") then
  function response(status, headers, body)
    if headers["X-Page-Cache"] == "hit" then hits = hits + 1 end
  end
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
  local total_hits = 0
  for _, thread in ipairs(threads) do total_hits = total_hits + (thread:get("hits") or 0) end
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p99_us": %d, ' ..
    '"errors": %d, "non_2xx": %d, "hits": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    statuses, total_hits))
end
