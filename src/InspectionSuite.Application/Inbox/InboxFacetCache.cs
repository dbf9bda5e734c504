using System.Collections.Concurrent;

namespace InspectionSuite.Inbox;

/// <summary>
/// The inbox's facet counts of each user (their open tasks counted by authority, case state, unit and due time), kept in
/// memory and read again when this process has committed any change since (<see cref="CommittedChanges"/>) or after
/// <see cref="CacheFor"/>, whichever comes first. Counting is one scan of every open task of the caller (8,182 for the
/// load persona, ~80 ms); paging and filtering the same inbox reuse it. A change made through another process on the same
/// database (a second web node, the CLI) shows within <see cref="CacheFor"/>, as a changed security stamp does
/// (SecurityStampCache). The due buckets are not cached: they are counted from the tasks' due times at each request.
/// </summary>
public sealed class InboxFacetCache(TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    /// <summary>Above this many users' entries, the expired ones are dropped (and all of them if none has expired).</summary>
    private const int MaxEntries = 1_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new();

    internal async Task<InboxFacts> GetAsync(string key, Func<Task<InboxFacts>> load)
    {
        var now = clock.GetUtcNow();
        // Read before loading: a change committed while the counts are read moves the version, so they are read again next time.
        var version = CommittedChanges.Version;
        if (entries.TryGetValue(key, out var cached) && cached.Version == version && cached.Until > now) return cached.Facts;
        var facts = await load();
        if (entries.Count >= MaxEntries)
        {
            foreach (var (k, e) in entries)
                if (e.Until <= now) entries.TryRemove(k, out _);
            if (entries.Count >= MaxEntries) entries.Clear();
        }
        entries[key] = new Entry(version, now + CacheFor, facts);
        return facts;
    }

    private sealed record Entry(long Version, DateTimeOffset Until, InboxFacts Facts);
}
