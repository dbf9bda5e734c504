using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

public sealed class SharedChromiumTests
{
    // Our --disable-features replaces Playwright's (Chromium keeps the last one): it must still hold every one of them.
    [Fact]
    public void Should_launch_chromium_with_playwrights_disabled_features_and_without_a_spare_renderer()
    {
        var disabled = SharedChromium.LaunchArgs.Where(a => a.StartsWith("--disable-features=")).ToList();
        disabled.Count.ShouldBe(1);
        var features = disabled[0]["--disable-features=".Length..].Split(',');
        features.ShouldContain("SpareRendererForSitePerProcess");
        SharedChromium.PlaywrightDisabledFeatures.Value.ShouldContain("PaintHolding"); // read from the driver's own list
        SharedChromium.PlaywrightDisabledFeatures.Value.ShouldBeSubsetOf(features);
    }
}
