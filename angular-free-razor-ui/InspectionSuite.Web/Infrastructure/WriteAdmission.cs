using System.Threading.RateLimiting;

namespace InspectionSuite.Web;

/// <summary>
/// How many state-changing requests (POST, PUT, PATCH, DELETE) run at once; the others wait their turn in arrival order
/// (no CPU spent while waiting). The database takes one writer at a time anyway, and each request in flight holds its own
/// pooled SQLite connection, whose page cache every other connection's commit invalidates: with 16 clients firing
/// triggers, 16 connections re-read their pages after every commit and a fire cost about three times the CPU it costs
/// alone. Admitting a few at a time keeps the same few connections (the pool hands out the most recently used) warm.
/// Measurements: test/InspectionSuite.Benchmarks/README.md ("Write admission").
/// </summary>
/// <remarks>
/// Only requests whose whole body is small and announced (<see cref="MaxQueuedBody"/>, Content-Length) are queued here:
/// a client slowly sending a file or a chunked body must not hold up everyone's writes. Reads are never limited. A request that finds the queue full is answered 429 (the rate limiter's rejection status).
/// </remarks>
public static class WriteAdmission
{
    /// <summary>Writes running at once; 0 turns the limit off.</summary>
    public const string ConcurrentSetting = "RateLimits:ConcurrentWrites";

    /// <summary>Writes waiting at most; one more is refused with 429.</summary>
    public const string QueueSetting = "RateLimits:QueuedWrites";

    public static int DefaultConcurrent => Math.Max(2, Environment.ProcessorCount);

    public const int DefaultQueue = 1000;

    /// <summary>The largest announced body of a request that waits its turn here (a form, a JSON command).</summary>
    public const long MaxQueuedBody = 64 * 1024;

    /// <summary>Whether the request is a write that waits its turn: a state-changing method with a small announced body (or none).</summary>
    public static bool IsQueued(HttpRequest request)
        => !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
           && request.ContentLength is null or <= MaxQueuedBody
           && !(request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    /// <summary>The global limiter for <see cref="Microsoft.AspNetCore.RateLimiting.RateLimiterOptions.GlobalLimiter"/>, or null when turned off.</summary>
    public static PartitionedRateLimiter<HttpContext>? Limiter(IConfiguration config)
    {
        var concurrent = config.GetValue(ConcurrentSetting, DefaultConcurrent);
        if (concurrent <= 0) return null;
        var options = new ConcurrencyLimiterOptions
        {
            PermitLimit = concurrent,
            QueueLimit = Math.Max(0, config.GetValue(QueueSetting, DefaultQueue)),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        return PartitionedRateLimiter.Create<HttpContext, string>(http => IsQueued(http.Request)
            ? RateLimitPartition.GetConcurrencyLimiter("writes", _ => options)
            : RateLimitPartition.GetNoLimiter("other"));
    }
}
