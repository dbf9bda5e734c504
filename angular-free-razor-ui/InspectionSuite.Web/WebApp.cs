using System.Threading.RateLimiting;
using InspectionSuite.Auditing;
using InspectionSuite.Authorization;
using InspectionSuite.Endpoints;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Seeding;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;
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
        // Program's bootstrap logger becomes the app's logger (its fatal message reaches the files); several hosts in one
        // process (tests) each keep their own sinks instead of taking over the static logger in turn.
        var ownLogger = Log.Logger is not Serilog.Extensions.Hosting.ReloadableLogger;
        builder.Host.UseSerilog(preserveStaticLogger: ownLogger, configureLogger: (ctx, sp, log) => log
            .ReadFrom.Configuration(ctx.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(Path.Combine(ctx.Configuration["Logging:Directory"] ?? Path.Combine(ctx.HostingEnvironment.ContentRootPath, "App_Data", "logs"), "inspectionsuite-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14, formatProvider: CultureInfo.InvariantCulture));

        builder.AddHostSecurity();
        // First hosted service: the database is migrated before Data Protection reads its key ring from it
        // and before the web server takes the first request.
        services.AddHostedService<DatabaseInitializer>();
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Before the database: a request that changes data gets its connection from the commands' pool (SqliteConnectionPools).
        services.AddScoped<InspectionSuite.EntityFrameworkCore.IScopeWorkload, HttpScopeWorkload>();
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
            .AddUserManager<AppUserManager>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o => o.Events.OnMessageReceived = SecurityStampCheck.ValidateBearerAsync)
            // Browser requests carry the cookie; API clients send "Authorization: Bearer ...".
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
                ApiCsrfMiddleware.UsesBearerToken(ctx.Request)
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
            // Outside Development only HTTPS is served (behind the proxy: X-Forwarded-Proto), so the cookie never travels in clear.
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.SlidingExpiration = true;
            // Every request, not Identity's 30-minute default: a locked user or a changed role ends the session at once.
            o.Events.OnValidatePrincipal = SecurityStampCheck.ValidateCookieAsync;
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });
        // Keys live in the database so every instance behind a load balancer reads every cookie.
        services.AddDataProtection().SetApplicationName("InspectionSuite").PersistKeysToDbContext<InspectionSuiteDbContext>()
            .ProtectKeysWithConfiguredCertificate(config, builder.Environment);

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
            // API clients also say it with Accept-Language; pages stay Vietnamese unless the user picks English (?culture=, cookie).
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new ApiAcceptLanguageProvider()];
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
        app.UseHostSecurity();
        // Then the language, so that error pages and /api problems speak the request's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        // /api answers without a body (401, 403, 404, 405, 415, 429, ...) become problem+json; pages keep the error page.
        app.UseWhen(Errors.ApiProblemDetailsWriter.IsApi, api => api.UseStatusCodePages(ctx => Errors.ApiProblemDetailsWriter.WriteStatusAsync(ctx.HttpContext)));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Every page links its CSS, scripts and the diagram library with asp-append-version (?v= the file's hash): such a URL
        // names one content for ever, so the browser keeps it a year without asking again. Without this it revalidated each
        // file once its heuristic freshness ran out (a tenth of the file's age): five or six round trips per page.
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                if (file.Context.Request.Query.ContainsKey("v")) file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<RequestAuditMiddleware>();
        app.UseMiddleware<ApiCsrfMiddleware>();
        app.UseMiddleware<PasswordChangeRequiredMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapFoundationApi();
        app.MapCaseApi();
        app.MapCheckApi();
        app.MapDocumentRequestApi();
        app.MapPlanningApi();
        app.MapMonitoringApi();
        app.MapNotificationApi();
        app.MapInboxApi();
        app.MapDocumentApi();
        app.MapUserApi();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!InspectionSuiteLocalizer.SupportedCultures.Contains(culture)) culture = InspectionSuiteLocalizer.DefaultCulture;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // Url.IsLocalUrl's rules: LocalRedirect throws (a 500) on anything else, e.g. "/\evil".
            var local = !string.IsNullOrEmpty(returnUrl) && new UrlHelper(new ActionContext(http, new RouteData(), new ActionDescriptor())).IsLocalUrl(returnUrl);
            return Results.LocalRedirect(local ? returnUrl! : "/");
        }).AllowAnonymous();
    }

    /// <summary>Accept-Language, for /api requests only: browsers send it too, and pages are Vietnamese unless the user switches.</summary>
    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
            => httpContext.Request.Path.StartsWithSegments("/api") ? base.DetermineProviderCultureResult(httpContext) : NullProviderCultureResult;
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
