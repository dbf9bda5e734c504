using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Auditing;
using InspectionSuite.Identity;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>Steps the security tests share: a fresh user made by the admin on the Users page, bearer clients, audit rows.</summary>
internal static class Accounts
{
    public const string Password = "Str0ng!Pass";

    /// <summary>Creates <paramref name="userName"/> through the Users page (as the admin) and returns its id.</summary>
    public static async Task<Guid> CreateUserAsync(WebTestHost host, TestClient admin, string userName, string role)
    {
        var token = await admin.GetTokenAsync("/Admin/Users");
        var created = await admin.Http.PostAsync("/Admin/Users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.FullName"] = "Người Thử " + userName, ["Input.Password"] = Password, ["Input.Role"] = role,
            ["__RequestVerificationToken"] = token,
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = host.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }

    /// <summary>POSTs a handler of the Users page as the admin (Lock, Role).</summary>
    public static async Task<HttpResponseMessage> PostUsersPageAsync(TestClient admin, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await admin.GetTokenAsync("/Admin/Users");
        return await admin.Http.PostAsync($"/Admin/Users?handler={handler}", new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string userName, string password)
        => http.PostAsJsonAsync("/api/account/token", new { userName, password });

    public static async Task<HttpClient> BearerClientAsync(WebTestHost host, string userName, string password)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        var token = await RequestTokenAsync(http, userName, password);
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    public static async Task<List<AuditLogRecord>> RequestAuditRowsAsync(WebTestHost host)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IRepository<AuditLogRecord>>();
        return await log.ToListAsync(log.Query().Where(r => r.Kind == AuditRecordKind.Request));
    }
}
