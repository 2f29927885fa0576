-- POST /api/v1/orders, each with its own Idempotency-Key (run id, thread id, counter), and every fourth request a
-- client's retry: the previous key and body again, often while the first is still in flight on another of the
-- thread's connections. wrk ... -s create_order.lua -- RUN_ID RECIPIENT_ID DELIVERY_DATE
-- stats.lua counts the 2xx answers that created an order apart from the replays (Idempotent-Replayed: true).
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "stats.lua")

function init(args)
  run, recipient, delivery = args[1], args[2], args[3]
  counter = 0
  sent = 0
end

function request()
  sent = sent + 1
  local retry = sent % 4 == 0 and counter > 0
  if not retry then counter = counter + 1 end
  local body = string.format('{"recipientId":%s,"occasion":"thank-you","brief":"Bench order %d","requestedDeliveryDate":"%s","wantsProof":false}',
    recipient, counter, delivery)
  -- Headers given to wrk.format replace wrk.headers (the -H ones, the API key among them), so copy those in.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, id, counter)
  return wrk.format("POST", "/api/v1/orders", headers, body)
end
