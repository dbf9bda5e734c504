using System.Globalization;
using System.Threading.RateLimiting;
using InspectionSuite.Auditing;
using InspectionSuite.Cases;
using InspectionSuite.Endpoints;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Identity;
using InspectionSuite.Localization;
using InspectionSuite.Permissions;
using InspectionSuite.Seeding;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Serilog;

namespace InspectionSuite.Web;

/// <summary>Composition of the web host; tests build the same app through WebApplicationFactory or BuildAsync.</summary>
public static class WebApp
{
    public const string SmartScheme = "InspectionSuite.Smart";

    /// <summary>Builds the app; the database is created, migrated and seeded when the host starts.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
        => Build(new WebApplicationOptions { Args = args }, configure);

    public static WebApplication Build(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        // Razor Pages and static web assets are found through the application name; when a test assembly
        // is the entry point it must still be this one.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options.Args,
            ApplicationName = options.ApplicationName ?? typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = options.ContentRootPath,
            EnvironmentName = options.EnvironmentName,
            WebRootPath = options.WebRootPath,
        });
        configure?.Invoke(builder);
        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    public static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        builder.Host.UseSerilog((ctx, sp, log) => log
            .ReadFrom.Configuration(ctx.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(Path.Combine(ctx.Configuration["Logging:Directory"] ?? Path.Combine(ctx.HostingEnvironment.ContentRootPath, "App_Data", "logs"), "inspectionsuite-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, formatProvider: CultureInfo.InvariantCulture));

        // First hosted service: the database is migrated before Data Protection reads its key ring from it
        // and before the web server takes the first request.
        services.AddHostedService<DatabaseInitializer>();
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddInspectionSuiteDatabase(config, builder.Environment.ContentRootPath);
        // Outside Development a missing audit chain key stops the start here, saying which setting to give.
        services.AddAuditChainKey(config, builder.Environment.ContentRootPath, builder.Environment.IsDevelopment());
        services.AddInspectionSuiteApplication();
        services.AddInspectionSuiteHttpApi();

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<InspectionSuiteDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme)
            // Browser requests carry the cookie; API clients send "Authorization: Bearer ...".
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SmartScheme;
            o.DefaultAuthenticateScheme = SmartScheme;
            o.DefaultChallengeScheme = SmartScheme;
            o.DefaultForbidScheme = SmartScheme;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "InspectionSuite.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });
        // Keys live in the database so every instance behind a load balancer reads every cookie.
        services.AddDataProtection().SetApplicationName("InspectionSuite").PersistKeysToDbContext<InspectionSuiteDbContext>();

        services.AddAuthorization(o =>
        {
            // Anything not marked otherwise needs a signed-in user; pages and endpoints add their permission.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(HandlerPermissionFilter)));
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddScoped<HandlerPermissionFilter>();
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddRequestLocalization(o =>
        {
            var cultures = InspectionSuiteLocalizer.SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(InspectionSuiteLocalizer.DefaultCulture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Login attempts per client address: slows password guessing before lockout even starts.
            o.AddPolicy("login", ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = config.GetValue("RateLimits:LoginPerMinute", 30), Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // After the database initializer: hosted services start in order, and the timer host imports the definitions
        // into the migrated database (an invalid definition stops the start, saying why).
        services.AddInspectionSuiteWorkflows(o =>
        {
            o.UseCaseComponents();
            o.DefinitionsDirectory = WorkflowDefinitionsDirectory(config, builder.Environment.ContentRootPath);
            foreach (var holiday in config.GetSection("Workflows:Holidays").Get<DateOnly[]>() ?? []) o.Holidays.Add(holiday);
            o.RunTimerHost = config.GetValue("Workflows:RunTimerHost", true);
        });
        var evidence = new EvidenceOptions { RootDirectory = Path.Combine(builder.Environment.ContentRootPath, "App_Data", "evidence") };
        config.GetSection("Cases:Evidence").Bind(evidence);
        services.AddSingleton(evidence);
        var lists = new CaseListOptions();
        config.GetSection("Cases").Bind(lists);
        services.AddSingleton(lists);
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status403Forbidden)
        {
            // Pages answer a missing permission with 403 and the access-denied page (re-executed), not a redirect.
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<RequestAuditMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapFoundationApi();
        app.MapCaseApi();
        app.MapDocumentRequestApi();
        app.MapPlanningApi();
        app.MapNotificationApi();
        app.MapDocumentApi();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!InspectionSuiteLocalizer.SupportedCultures.Contains(culture)) culture = InspectionSuiteLocalizer.DefaultCulture;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//") ? "/" : returnUrl);
        }).AllowAnonymous();
    }

    /// <summary>
    /// Workflows:DefinitionsDirectory, else the copy of the repository's workflows/ in the output directory (see the
    /// csproj), else the repository folder itself when running from source.
    /// </summary>
    public static string WorkflowDefinitionsDirectory(IConfiguration config, string contentRoot)
    {
        if (config["Workflows:DefinitionsDirectory"] is { Length: > 0 } configured) return Path.GetFullPath(configured, contentRoot);
        var beside = Path.Combine(AppContext.BaseDirectory, "workflows");
        return Directory.Exists(beside) ? beside : Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "workflows"));
    }
}
