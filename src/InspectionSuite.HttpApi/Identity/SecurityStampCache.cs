using Microsoft.Extensions.Caching.Memory;

namespace InspectionSuite.Identity;

/// <summary>
/// The current security stamp of each user, cached for <see cref="CacheFor"/>. <see cref="AppUserManager"/> forgets a
/// user's entry whenever it saves the user, so a change made by this instance counts at once; another instance on the
/// same database sees it within <see cref="CacheFor"/>.
/// </summary>
public sealed class SecurityStampCache(IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public Task<string?> GetAsync(Guid userId, Func<Task<string?>> load)
        => cache.GetOrCreateAsync(Key(userId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return load();
        });

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => "security-stamp:" + userId.ToString("N");
}
