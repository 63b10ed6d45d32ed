-- Keeps the tab record alive while ARGV[1] holds it. KEYS[1] tab key; ARGV[1] connection id, ARGV[2] TTL in ms
if redis.call('HGET', KEYS[1], 'conn') == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
