using Xunit;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>A [Fact] that is skipped (with the reason) when no browser exists and CI does not require one.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.SkipReason is { } reason) Skip = reason;
    }
}
