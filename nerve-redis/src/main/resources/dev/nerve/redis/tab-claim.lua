-- Records which connection holds a token's tab, unless another tab holds it (a duplicated tab).
-- KEYS[1] tab key; ARGV[1] tab id ('' for none), ARGV[2] connection id, ARGV[3] instance id, ARGV[4] TTL in ms
-- Returns {1, previous connection or ''} when claimed, {0, holding connection} when taken.
local held = redis.call('HGET', KEYS[1], 'conn')
if held then
  local tab = redis.call('HGET', KEYS[1], 'tab')
  if ARGV[1] == '' or tab ~= ARGV[1] then
    return {0, held}
  end
end
redis.call('HSET', KEYS[1], 'tab', ARGV[1], 'conn', ARGV[2], 'instance', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {1, held or ''}
