-- wrk script for src/bench/run.sh: asks for the paths listed in a file, one per line, in
-- their order, over and over (wrk ... -s paths.lua URL -- FILE). The file fixes the order
-- (the long-tail scenario's Zipf-distributed requests, the search queries, the admin
-- pages), so every run makes the same requests. Each of wrk's threads starts at its own
-- place in the list, so that they do not ask for the same page at the same moment.
-- run.sh appends summary.lua for the report line.
local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  next_path = math.floor((number or 0) * #paths / 7)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format(nil, paths[next_path])
end
