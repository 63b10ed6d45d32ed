-- Takes the token's lock if it is free.
-- KEYS[1] lock key; ARGV[1] owner id, ARGV[2] expiry in ms
-- Returns {1} when taken, else {0, ms until the current hold expires}.
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1}
end
return {0, redis.call('PTTL', KEYS[1])}
