using InspectionSuite.Inbox;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Inbox;

/// <summary>
/// The facet counts kept per user: the requests that find them out of date together wait for one count; a failed count is
/// neither kept nor passed on; a committed change or <see cref="InboxFacetCache.CacheFor"/> has them counted again.
/// Run apart from other classes: another class's save would move <see cref="CommittedChanges"/> between two requests here.
/// </summary>
[Collection(ProcessWideCounterCollection.Name)]
public sealed class InboxFacetCacheTests
{
    private const string User = "user|Inspector";

    /// <summary>A count that waits for <see cref="Finish"/> (or <see cref="Fail"/>), and how many were started.</summary>
    private sealed class Counting
    {
        private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int started;

        public int Started => Volatile.Read(ref started);

        public InboxFacts Facts { get; } = new([], new Dictionary<Guid, InboxUnit>());

        public async Task<InboxFacts> LoadAsync()
        {
            Interlocked.Increment(ref started);
            await finished.Task;
            return Facts;
        }

        public void Finish() => finished.SetResult();

        /// <summary>A count that ends as soon as it starts.</summary>
        public static Counting Finished()
        {
            var counting = new Counting();
            counting.Finish();
            return counting;
        }

        public void Fail() => finished.SetException(new InvalidOperationException("the request that counted was aborted"));
    }

    [Fact]
    public async Task Should_count_once_for_the_requests_of_one_user_that_find_the_counts_out_of_date_together()
    {
        var cache = new InboxFacetCache(new FakeTimeProvider());
        var counting = new Counting();

        var requests = new Task<InboxFacts>[16];
        Parallel.For(0, requests.Length, i => requests[i] = cache.GetAsync(User, counting.LoadAsync));
        requests.ShouldAllBe(r => !r.IsCompleted);
        counting.Finish();

        (await Task.WhenAll(requests)).ShouldAllBe(f => ReferenceEquals(f, counting.Facts));
        counting.Started.ShouldBe(1);
        // Kept: the next request counts nothing.
        var unused = Counting.Finished();
        (await cache.GetAsync(User, unused.LoadAsync)).ShouldBeSameAs(counting.Facts);
        unused.Started.ShouldBe(0);
        // Another user's counts are their own.
        var other = Counting.Finished();
        (await cache.GetAsync("other|Inspector", other.LoadAsync)).ShouldBeSameAs(other.Facts);
    }

    [Fact]
    public async Task Should_count_for_itself_when_the_count_it_waits_for_fails_and_not_keep_a_failed_count()
    {
        var cache = new InboxFacetCache(new FakeTimeProvider());
        var failing = new Counting();
        var owner = cache.GetAsync(User, failing.LoadAsync);
        var waiterOwn = Counting.Finished();
        var waiter = cache.GetAsync(User, waiterOwn.LoadAsync);
        waiter.IsCompleted.ShouldBeFalse();

        failing.Fail();

        await Should.ThrowAsync<InvalidOperationException>(owner);
        (await waiter).ShouldBeSameAs(waiterOwn.Facts);
        failing.Started.ShouldBe(1);
        waiterOwn.Started.ShouldBe(1);
        var next = Counting.Finished();
        (await cache.GetAsync(User, next.LoadAsync)).ShouldBeSameAs(next.Facts);
        next.Started.ShouldBe(1);
    }

    [Fact]
    public async Task Should_count_again_after_a_committed_change_and_after_the_time_kept()
    {
        var clock = new FakeTimeProvider();
        var cache = new InboxFacetCache(clock);
        var first = Counting.Finished();
        (await cache.GetAsync(User, first.LoadAsync)).ShouldBeSameAs(first.Facts);

        CommittedChanges.Bump();
        var afterChange = Counting.Finished();
        (await cache.GetAsync(User, afterChange.LoadAsync)).ShouldBeSameAs(afterChange.Facts);

        clock.Advance(InboxFacetCache.CacheFor - TimeSpan.FromSeconds(1));
        var unused = Counting.Finished();
        (await cache.GetAsync(User, unused.LoadAsync)).ShouldBeSameAs(afterChange.Facts);
        unused.Started.ShouldBe(0);
        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = Counting.Finished();
        (await cache.GetAsync(User, expired.LoadAsync)).ShouldBeSameAs(expired.Facts);
    }
}
