-- The one request every scenario sends: POST a small pet with the API key and a query parameter.
-- BENCH_PATH picks the URL path, BENCH_API_KEY the key. With BENCH_DELAY_MS set, each connection
-- waits that long (on average: whole milliseconds, drawn so the mean is exact) after each response,
-- which paces a closed-loop wrk to about connections / (delay + latency) requests per second.
local path = os.getenv("BENCH_PATH") or "/pets"
local key = os.getenv("BENCH_API_KEY") or ""
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "")

wrk.method = "POST"
wrk.path = path .. "?limit=10"
wrk.body = '{"name":"Rex \\"the dog\\"","type":"dog","price":249.99}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-api-key"] = key

local whole, part
if delay_ms then
  whole = math.floor(delay_ms)
  part = delay_ms - whole
end

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

if delay_ms then
  function delay()
    if math.random() < part then
      return whole + 1
    end
    return whole
  end
end
