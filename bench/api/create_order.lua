-- POST /api/v1/orders, each with its own Idempotency-Key (run id, thread id, counter), so every 2xx is a new
-- order: wrk ... -s create_order.lua -- RUN_ID RECIPIENT_ID DELIVERY_DATE
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "stats.lua")

function init(args)
  run, recipient, delivery = args[1], args[2], args[3]
  counter = 0
end

function request()
  counter = counter + 1
  local body = string.format('{"recipientId":%s,"occasion":"thank-you","brief":"Bench order %d","requestedDeliveryDate":"%s","wantsProof":false}',
    recipient, counter, delivery)
  -- Headers given to wrk.format replace wrk.headers (the -H ones, the API key among them), so copy those in.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, id, counter)
  return wrk.format("POST", "/api/v1/orders", headers, body)
end
