-- GET /api/v1/orders/{id} with ids drawn at random from the seeded range: wrk ... -s get_order.lua -- MIN_ID MAX_ID
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "stats.lua")

function init(args)
  min_id, max_id = tonumber(args[1]), tonumber(args[2])
  math.randomseed(os.time() + id)
end

function request()
  return wrk.format("GET", "/api/v1/orders/" .. math.random(min_id, max_id))
end
