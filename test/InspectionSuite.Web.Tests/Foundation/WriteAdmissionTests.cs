using System.Threading.RateLimiting;
using InspectionSuite.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>
/// <see cref="WriteAdmission"/>: small state-changing requests take turns (a few at once, the rest queued in arrival order,
/// one past the queue refused); reads, big or chunked bodies never wait; 0 turns it off.
/// </summary>
public sealed class WriteAdmissionTests
{
    private static HttpContext Request(string method, long? contentLength = null, bool chunked = false)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.ContentLength = contentLength;
        if (chunked) http.Request.Headers.TransferEncoding = "chunked";
        return http;
    }

    private static PartitionedRateLimiter<HttpContext>? Limiter(params (string Key, string Value)[] settings)
        => WriteAdmission.Limiter(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Theory]
    [InlineData("POST", 120L, false, true)]
    [InlineData("POST", null, false, true)]
    [InlineData("PUT", 2048L, false, true)]
    [InlineData("DELETE", null, false, true)]
    [InlineData("PATCH", WriteAdmission.MaxQueuedBody, false, true)]
    [InlineData("POST", WriteAdmission.MaxQueuedBody + 1, false, false)]
    [InlineData("POST", null, true, false)]
    [InlineData("GET", null, false, false)]
    [InlineData("HEAD", null, false, false)]
    [InlineData("OPTIONS", null, false, false)]
    public void Should_queue_only_writes_with_a_small_announced_body(string method, long? length, bool chunked, bool queued)
        => WriteAdmission.IsQueued(Request(method, length, chunked).Request).ShouldBe(queued);

    [Fact]
    public async Task Should_admit_the_configured_number_of_writes_queue_the_next_and_refuse_past_the_queue()
    {
        using var limiter = Limiter((WriteAdmission.ConcurrentSetting, "2"), (WriteAdmission.QueueSetting, "1")).ShouldNotBeNull();
        using var first = limiter.AttemptAcquire(Request("POST", 10));
        using var second = limiter.AttemptAcquire(Request("POST", 10));
        first.IsAcquired.ShouldBeTrue();
        second.IsAcquired.ShouldBeTrue();

        // The third waits (queued), the fourth finds the queue full.
        var third = limiter.AcquireAsync(Request("POST", 10)).AsTask();
        third.IsCompleted.ShouldBeFalse();
        var fourth = limiter.AcquireAsync(Request("POST", 10)).AsTask();
        fourth.IsCompleted.ShouldBeTrue();
        using (var refused = await fourth) refused.IsAcquired.ShouldBeFalse();

        // Reads and big bodies pass while the writes are full.
        using (var read = limiter.AttemptAcquire(Request("GET"))) read.IsAcquired.ShouldBeTrue();
        using (var upload = limiter.AttemptAcquire(Request("POST", WriteAdmission.MaxQueuedBody * 10))) upload.IsAcquired.ShouldBeTrue();

        // A finished write lets the queued one in.
        first.Dispose();
        third.IsCompletedSuccessfully.ShouldBeTrue();
        using var thirdLease = await third;
        thirdLease.IsAcquired.ShouldBeTrue();
    }

    [Fact]
    public void Should_turn_off_with_zero_and_default_to_at_least_two_writes_at_once()
    {
        Limiter((WriteAdmission.ConcurrentSetting, "0")).ShouldBeNull();
        using var limiter = Limiter().ShouldNotBeNull();
        var leases = Enumerable.Range(0, WriteAdmission.DefaultConcurrent).Select(_ => limiter.AttemptAcquire(Request("POST", 10))).ToList();
        leases.ShouldAllBe(l => l.IsAcquired);
        WriteAdmission.DefaultConcurrent.ShouldBeGreaterThanOrEqualTo(2);
        using (var next = limiter.AttemptAcquire(Request("POST", 10))) next.IsAcquired.ShouldBeFalse();
        leases.ForEach(l => l.Dispose());
    }
}
