-- Shared by the scripts that refresh a token's states (prepended to their text).
-- Appends to out, for each state key KEYS[first_key..], the states whose stored version differs from
-- the caller's ARGV[first_arg..] (same order): its 1-based position among those keys, then its
-- HGETALL. A state the caller holds (version not '0') that is gone comes back as an empty hash, so
-- the caller drops its copy. Every existing state, and the index, gets another token TTL.
local function append_changed(out, first_key, first_arg, index_key, ttl)
  for i = first_key, #KEYS do
    local known = ARGV[first_arg + i - first_key]
    local version = redis.call('HGET', KEYS[i], '#version')
    if version then
      redis.call('PEXPIRE', KEYS[i], ttl)
      if version ~= known then
        out[#out + 1] = i - first_key + 1
        out[#out + 1] = redis.call('HGETALL', KEYS[i])
      end
    elseif known ~= '0' then
      out[#out + 1] = i - first_key + 1
      out[#out + 1] = {}
    end
  end
  redis.call('PEXPIRE', index_key, ttl)
  return out
end
