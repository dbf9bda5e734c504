using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Reads Database:Provider and the connection string; registers the one DbContext for that provider.</summary>
public static class DatabaseRegistration
{
    public const string DefaultSqliteFile = "App_Data/inspectionsuite.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(text)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{text}' is not supported; use Sqlite or SqlServer.");
    }

    /// <summary>SQLite connection string: ConnectionStrings:Default, else a file under {contentRoot}/App_Data.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Default");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(contentRoot, DefaultSqliteFile)}"
            : configured);
        // Several processes (web instances, CLI) share the file: wait for locks instead of failing at once.
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        builder.Pooling = true;
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (dir is not null) Directory.CreateDirectory(dir);
        }
        return builder.ToString();
    }

    // Split queries: a case auto-includes its parts (team, checklist, evidence, findings, ...); one joined query
    // would multiply their rows (cartesian explosion).
    public static IServiceCollection AddInspectionSuiteDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        switch (ProviderFrom(configuration))
        {
            case DatabaseProvider.SqlServer:
                var cs = configuration.GetConnectionString("Default")
                         ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is empty.");
                // No EnableRetryOnFailure: a retrying strategy refuses user-initiated transactions, and every command
                // here runs in one (IUnitOfWork.InTransactionAsync, workflow transitions); retrying a half-applied
                // aggregate change would not be safe either. Transient failures surface as errors; nothing is half-saved.
                services.AddPooledDbContextFactory<SqlServerInspectionSuiteDbContext>(o => o.UseSqlServer(cs, sql => sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddSavePipeline());
                services.AddScoped<InspectionSuiteDbContext>(sp => BeginScope(sp.GetRequiredService<IDbContextFactory<SqlServerInspectionSuiteDbContext>>().CreateDbContext(), sp));
                break;
            default:
                var sqlite = SqliteConnectionPools.For(SqliteConnectionString(configuration, contentRoot));
                services.TryAddScoped<IScopeWorkload, ReadingWorkload>();
                services.AddSingleton(sp => new SqliteContextPools(sqlite, sp));
                services.AddScoped<InspectionSuiteDbContext>(sp => BeginScope(sp.GetRequiredService<SqliteContextPools>().Rent(sp.GetRequiredService<IScopeWorkload>()), sp));
                break;
        }
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.TryAddSingleton<Cases.CaseListOptions>();
        services.AddScoped<Cases.ICaseRepository, EfCoreCaseRepository>();
        services.AddScoped<InspectionSuite.Documents.IIssuedDocumentRepository, Documents.EfCoreIssuedDocumentRepository>();
        services.AddScoped<DbMigrator>();
        services.AddScoped<EfAuditLogWriter>();
        services.AddScoped<Auditing.IAuditLogWriter>(sp => sp.GetRequiredService<EfAuditLogWriter>());
        services.AddScoped<Auditing.IAuditContext>(sp => sp.GetRequiredService<EfAuditLogWriter>());
        services.AddScoped<Auditing.IRequestAudit>(sp => sp.GetRequiredService<EfAuditLogWriter>());
        return services;
    }

    /// <summary>
    /// One context per scope, rented from a pool and returned when the scope ends (the scope disposes it), with the
    /// scope's user and clock. Registered under <see cref="InspectionSuiteDbContext"/> only: a second registration that
    /// forwarded to it (the provider's type) made the scope dispose the same instance twice, and a pooled context disposed
    /// again after another scope had rented it went back to the pool while in use (a CsCheck run saw "reader is closed").
    /// </summary>
    /// <remarks>On SQLite the context comes with its connection open (<see cref="SqliteContextPools.Rent"/>).</remarks>
    private static InspectionSuiteDbContext BeginScope(InspectionSuiteDbContext rented, IServiceProvider sp)
        => rented.BeginScope(sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Auditing.AuditChainKey>());
}
