using System.Collections.Concurrent;

namespace InspectionSuite.Identity;

/// <summary>
/// The permissions granted to each set of roles, shared by all requests for <see cref="Lifetime"/>: reading them was one
/// query on every request. A grant or revoke through <see cref="PermissionAppService"/> clears it once saved, so this
/// process applies it at the next request; another process on the same database applies it when its entry expires.
/// </summary>
public sealed class PermissionGrantCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Names, DateTimeOffset Expires)> _byRoles = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> GetAsync(IEnumerable<string> roles, Func<string[], Task<IReadOnlySet<string>>> load)
    {
        var sorted = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var key = string.Join('\n', sorted);
        var now = time.GetUtcNow();
        if (_byRoles.TryGetValue(key, out var entry) && entry.Expires > now) return entry.Names;
        var names = await load(sorted);
        _byRoles[key] = (names, now + Lifetime);
        return names;
    }

    public void Clear() => _byRoles.Clear();
}
