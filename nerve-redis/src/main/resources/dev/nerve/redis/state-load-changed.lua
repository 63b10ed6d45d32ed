-- The states whose stored version differs from the caller's.
-- KEYS: state keys; ARGV: the versions the caller holds, in KEYS order
-- Returns a flat list: index (1-based), HGETALL of that state, index, HGETALL, ...
local out = {}
for i = 1, #KEYS do
  local version = redis.call('HGET', KEYS[i], '#version')
  if version and version ~= ARGV[i] then
    out[#out + 1] = i
    out[#out + 1] = redis.call('HGETALL', KEYS[i])
  end
end
return out
