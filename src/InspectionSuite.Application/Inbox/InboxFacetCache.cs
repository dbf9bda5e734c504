using System.Collections.Concurrent;

namespace InspectionSuite.Inbox;

/// <summary>
/// The inbox's facet counts of each user (their open tasks counted by authority, case state, unit and due time), kept in
/// memory and read again when this process has committed any change since (<see cref="CommittedChanges"/>) or after
/// <see cref="CacheFor"/>, whichever comes first. Counting is one scan of every open task of the caller (8,182 for the
/// load persona, ~80 ms); paging and filtering the same inbox reuse it. A change made through another process on the same
/// database (a second web node, the CLI) shows within <see cref="CacheFor"/>, as a changed security stamp does
/// (SecurityStampCache). The due buckets are not cached: they are counted from the tasks' due times at each request.
/// <para>
/// The requests of one user that find the counts out of date together wait for one count (the page, the unit search as
/// the user types, a second tab): with each counting for itself, the load script's 16 connections could run 16 scans at
/// once, and the inbox page's p99 was 0.3–0.5 s in the runs that met an expiry (Benchmarks README).
/// </para>
/// </summary>
public sealed class InboxFacetCache(TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    /// <summary>Above this many users' entries, the expired ones are dropped (and all of them if none has expired).</summary>
    private const int MaxEntries = 1_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new();

    /// <summary>
    /// The user's counts: those kept if still current, else those of the count already under way for them, else
    /// <paramref name="load"/>'s, which this request then runs (on its own services; it waits for it as the others do).
    /// </summary>
    internal async Task<InboxFacts> GetAsync(string key, Func<Task<InboxFacts>> load)
    {
        var now = clock.GetUtcNow();
        // Read before loading: a change committed while the counts are read moves the version, so they are read again next time.
        var version = CommittedChanges.Version;
        if (!(entries.TryGetValue(key, out var entry) && entry.IsCurrent(version, now)))
        {
            if (entries.Count >= MaxEntries) Trim(now);
            // Task.Run: the first caller's Value returns at once, so the others await the count instead of blocking on the Lazy.
            var ours = new Entry(version, now + CacheFor, new Lazy<Task<InboxFacts>>(() => Task.Run(load)));
            entry = entries.AddOrUpdate(key, ours, (_, existing) => existing.IsCurrent(version, now) ? existing : ours);
            if (ReferenceEquals(entry, ours)) return await ours.Facts.Value;
        }
        try
        {
            return await entry.Facts.Value;
        }
        catch (Exception)
        {
            // The request that counts for us failed or was aborted (its services and cancellation are its own): count again.
            return await load();
        }
    }

    private void Trim(DateTimeOffset now)
    {
        foreach (var (k, e) in entries)
            if (e.Until <= now) entries.TryRemove(k, out _);
        if (entries.Count >= MaxEntries) entries.Clear();
    }

    private sealed record Entry(long Version, DateTimeOffset Until, Lazy<Task<InboxFacts>> Facts)
    {
        /// <summary>Counted (or being counted) since the last committed change, not expired, and not failed.</summary>
        public bool IsCurrent(long version, DateTimeOffset now)
            => Version == version && Until > now && !(Facts.IsValueCreated && (Facts.Value.IsFaulted || Facts.Value.IsCanceled));
    }
}
