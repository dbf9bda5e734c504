using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InspectionSuite.EntityFrameworkCore;

public enum DatabaseProvider { Sqlite, SqlServer }

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
                AddScopedContext<SqlServerInspectionSuiteDbContext>(services);
                break;
            default:
                var sqlite = SqliteConnectionString(configuration, contentRoot);
                var pools = SqliteConnectionPools.For(sqlite);
                services.TryAddScoped<IScopeWorkload, ReadingWorkload>();
                // SqliteWriteGate: this process's writers queue for SQLite's one write lock instead of sleeping in its busy handler.
                services.AddPooledDbContextFactory<SqliteInspectionSuiteDbContext>(o => SqliteWriteGate.ReleaseOnDispose(o.UseSqlite(sqlite, sql => sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(SqlitePragmas.Instance, SqliteWriteGate.Instance).AddSavePipeline()));
                // The connection stays open for the whole scope: EF's SQLite provider registers its SQL functions on
                // every open, and a page runs a dozen or more queries (each would open and close it again).
                AddScopedContext<SqliteInspectionSuiteDbContext>(services, pools);
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
    /// One context per scope, rented from the pool and returned when the scope ends (the scope disposes it), with the
    /// scope's user and clock. Registered under <see cref="InspectionSuiteDbContext"/> only: a second registration that
    /// forwarded to it (the provider's type) made the scope dispose the same instance twice, and a pooled context disposed
    /// again after another scope had rented it went back to the pool while in use (a CsCheck run saw "reader is closed").
    /// </summary>
    /// <remarks>
    /// On SQLite (<paramref name="sqlite"/>) the connection comes from the reads' or the commands' pool, as the scope's
    /// <see cref="IScopeWorkload"/> says, and stays open for the whole scope.
    /// </remarks>
    private static void AddScopedContext<TContext>(IServiceCollection services, SqliteConnectionPools? sqlite = null) where TContext : InspectionSuiteDbContext
        => services.AddScoped<InspectionSuiteDbContext>(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()
                .BeginScope(sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Auditing.AuditChainKey>());
            if (sqlite is null) return context;
            // Set on every rent: a pooled context keeps the string of its last scope.
            context.Database.SetConnectionString(sqlite.For(sp.GetRequiredService<IScopeWorkload>()));
            // Closed again when the context goes back to the pool (EF resets its connection then).
            context.Database.OpenConnection();
            return context;
        });
}
