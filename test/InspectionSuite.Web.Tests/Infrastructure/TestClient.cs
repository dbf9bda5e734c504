using System.Net;
using System.Text.RegularExpressions;

namespace InspectionSuite.Web.Tests.Infrastructure;

public sealed class TestClient : IDisposable
{
    private static readonly Regex TokenPattern = new("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Compiled);

    public CookieContainer Cookies { get; } = new();
    public HttpClient Http { get; }

    public TestClient(Uri baseAddress)
    {
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        Http.DefaultRequestHeaders.Add("Origin", baseAddress.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>Sends no Origin (a script, or a browser that omits it): cookie-authenticated /api calls then need the antiforgery header.</summary>
    public TestClient WithoutOrigin()
    {
        Http.DefaultRequestHeaders.Remove("Origin");
        return this;
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern.Match(html);
        if (!match.Success) throw new InvalidOperationException("No antiforgery token in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<string> GetTokenAsync(string path) => AntiforgeryToken(await Http.GetStringAsync(path));

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password = Seeding.DataSeeder.DemoPassword)
    {
        var token = await GetTokenAsync("/Account/Login");
        return await Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public void Dispose() => Http.Dispose();
}
