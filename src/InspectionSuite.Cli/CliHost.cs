using InspectionSuite.Cases;
using InspectionSuite.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.Cli;

/// <summary>
/// Services for commands that touch the database. Configuration comes from environment variables
/// (Database__Provider, ConnectionStrings__Default) or --provider/--connection; without them the CLI uses
/// the same SQLite file as the web app (angular-free-razor-ui/InspectionSuite.Web/App_Data) when run from
/// the repository root, else ./App_Data. The audit chain key comes from Audit__ChainKeyFile / Audit__ChainKey as for the
/// web app; only with DOTNET_ENVIRONMENT (or ASPNETCORE_ENVIRONMENT) = Development is App_Data/audit-chain.key used.
/// </summary>
public static class CliHost
{
    public static readonly string[] DatabaseOptions = ["provider", "connection"];

    public static ServiceProvider Build(CliOptions options)
    {
        var overrides = new Dictionary<string, string?>();
        if (options.Get("provider") is { } provider) overrides["Database:Provider"] = provider;
        if (options.Get("connection") is { } connection) overrides["ConnectionStrings:Default"] = connection;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();

        var webRoot = Path.Combine(Directory.GetCurrentDirectory(), "angular-free-razor-ui", "InspectionSuite.Web");
        var contentRoot = Directory.Exists(webRoot) ? webRoot : Directory.GetCurrentDirectory();

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentUser>(new SystemUser("cli"));
        services.AddInspectionSuiteDatabase(configuration, contentRoot);
        // Like a generic host, the CLI is in Production unless told otherwise: it must never seal records with a stand-in key.
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
        try { services.AddAuditChainKey(configuration, contentRoot, string.Equals(environment, "Development", StringComparison.OrdinalIgnoreCase)); }
        catch (InvalidOperationException ex) { throw new CliConfigurationException(ex.Message); }
        services.AddInspectionSuiteApplication();
        services.AddInspectionSuiteWorkflows(o =>
        {
            o.UseCaseComponents();
            o.DefinitionsDirectory = Path.Combine(Directory.GetCurrentDirectory(), "workflows");
            o.RunTimerHost = false; // the CLI runs commands, not timers
        });
        services.AddIdentityCore<AppUser>().AddRoles<AppRole>().AddEntityFrameworkStores<InspectionSuiteDbContext>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
