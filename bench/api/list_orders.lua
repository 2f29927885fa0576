-- GET /api/v1/orders?page=N with N at random over the seeded pages: wrk ... -s list_orders.lua -- PAGES
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "stats.lua")

function init(args)
  pages = tonumber(args[1])
  math.randomseed(os.time() + id)
end

function request()
  return wrk.format("GET", "/api/v1/orders?page=" .. math.random(1, pages))
end
