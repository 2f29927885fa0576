-- Shared by the API bench scripts: per-thread 2xx counts, and one RESULT line with throughput and percentiles.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

ok = 0

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 end
end

function done(summary, latency, requests)
  local acknowledged = 0
  for _, t in ipairs(threads) do acknowledged = acknowledged + t:get("ok") end
  io.write(string.format("RESULT requests=%d ok2xx=%d errors=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f\n",
    summary.requests, acknowledged,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
