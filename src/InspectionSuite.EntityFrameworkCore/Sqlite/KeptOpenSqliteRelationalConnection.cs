using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace InspectionSuite.EntityFrameworkCore;

#pragma warning disable EF1001 // SqliteRelationalConnection is EF's internal API; this only changes when it closes.

/// <summary>
/// EF's SQLite connection, except that a pooled context going back to its pool keeps its connection open: the next scope
/// that rents the context finds the connection, its settings and its compiled statements (<see cref="SqliteStatementCache"/>)
/// as they were. Disposing the context (the pool is full, or the application stops) still closes and disposes it.
/// </summary>
/// <remarks>
/// EF closes an owned connection when a pooled context is reset, and Microsoft.Data.Sqlite's Close disposes every command of
/// the connection with its statements; opening again also registers EF's SQL functions anew. What the reset does besides
/// closing (disposing an open transaction, forgetting it) still happens. Registered with
/// <c>ReplaceService&lt;ISqliteRelationalConnection, KeptOpenSqliteRelationalConnection&gt;</c> (see DatabaseRegistration).
/// </remarks>
public sealed class KeptOpenSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private bool returningToPool;

    protected override void ResetState(bool disposeDbConnection)
    {
        returningToPool = !disposeDbConnection;
        try
        {
            base.ResetState(disposeDbConnection);
        }
        finally
        {
            returningToPool = false;
        }
    }

    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        returningToPool = !disposeDbConnection;
        try
        {
            await base.ResetStateAsync(disposeDbConnection);
        }
        finally
        {
            returningToPool = false;
        }
    }

    protected override void CloseDbConnection()
    {
        if (!returningToPool) base.CloseDbConnection();
    }

    protected override Task CloseDbConnectionAsync() => returningToPool ? Task.CompletedTask : base.CloseDbConnectionAsync();
}
