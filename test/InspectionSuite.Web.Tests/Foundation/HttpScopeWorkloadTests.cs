using Microsoft.AspNetCore.Http;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>Which requests' database scopes take the commands' SQLite pool (<see cref="HttpScopeWorkload"/>).</summary>
public sealed class HttpScopeWorkloadTests
{
    [Theory]
    [InlineData("POST", true)]
    [InlineData("PUT", true)]
    [InlineData("PATCH", true)]
    [InlineData("DELETE", true)]
    [InlineData("GET", false)]
    [InlineData("HEAD", false)]
    [InlineData("OPTIONS", false)]
    public void Should_count_every_request_but_get_head_and_options_as_changing_data(string method, bool changesData)
        => new HttpScopeWorkload(new HttpContextAccessor { HttpContext = new DefaultHttpContext { Request = { Method = method } } })
            .ChangesData.ShouldBe(changesData);

    [Fact]
    public void Should_count_a_scope_outside_a_request_as_reading()
        => new HttpScopeWorkload(new HttpContextAccessor()).ChangesData.ShouldBeFalse();
}
