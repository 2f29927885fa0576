-- Shared by the API bench scripts: per-thread 2xx counts (created apart from idempotent replays), and one RESULT
-- line with throughput and percentiles.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

ok = 0
replayed = 0

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
    if headers["Idempotent-Replayed"] == "true" then replayed = replayed + 1 end
  end
end

function done(summary, latency, requests)
  local acknowledged, replays = 0, 0
  for _, t in ipairs(threads) do
    acknowledged = acknowledged + t:get("ok")
    replays = replays + t:get("replayed")
  end
  -- errors: non-2xx answers, and timeouts (wrk's 2 s) and socket errors, apart.
  io.write(string.format("RESULT requests=%d ok2xx=%d replayed=%d errors=%d non2xx=%d timeouts=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f\n",
    summary.requests, acknowledged, replays,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
