using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace InspectionSuite.Identity;

/// <summary>
/// Token requests per user name (RateLimits:TokenPerUserNamePerMinute, default 10), on top of the per-address "login"
/// policy: the token endpoint does not lock accounts, so this bounds guessing one account's password from many
/// addresses. A user name over its budget costs its owner at most the rest of the minute on the API, never a lockout.
/// </summary>
public sealed class TokenAttemptLimiter(IConfiguration config) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = config.GetValue("RateLimits:TokenPerUserNamePerMinute", 10),
            Window = TimeSpan.FromMinutes(1),
        }));

    public bool TryAcquire(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
