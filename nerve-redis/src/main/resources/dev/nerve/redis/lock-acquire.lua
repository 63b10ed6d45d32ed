-- Takes the token's lock if it is free and, in the same step, refreshes the caller's states.
-- KEYS[1] lock key, optionally KEYS[2] the state index key and KEYS[3..] state keys
-- ARGV[1] owner id, ARGV[2] lock expiry in ms, ARGV[3] token TTL in ms, ARGV[4..] versions held
-- Returns {0, ms until the current hold expires} when taken by another, else {1, changed states...}
-- in the shape of append_changed.
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {0, redis.call('PTTL', KEYS[1])}
end
if #KEYS < 2 then
  return {1}
end
return append_changed({1}, 3, 4, KEYS[2], ARGV[3])
