using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// A kept <see cref="SqliteCommand"/> as EF sees it for one execution: EF disposes the command it ran, which here only
/// hands the statement back to the connection's <see cref="SqliteStatementCache"/>.
/// </summary>
internal sealed class KeptSqliteCommand(SqliteCommand inner) : DbCommand
{
    public SqliteCommand Inner { get; } = inner;

    public bool InUse { get; private set; }

    /// <summary>This execution's parameters, transaction and timeout, from the command EF built.</summary>
    public void TakeOver(SqliteCommand fresh)
    {
        var parameters = Inner.Parameters;
        parameters.Clear();
        foreach (SqliteParameter parameter in fresh.Parameters) parameters.Add(parameter);
        fresh.Parameters.Clear();
        Inner.Transaction = fresh.Transaction;
        Inner.CommandTimeout = fresh.CommandTimeout;
        InUse = true;
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        Inner.Parameters.Clear();
        Inner.Transaction = null;
        InUse = false;
    }

    [AllowNull]
    public override string CommandText
    {
        get => Inner.CommandText;
        set => Inner.CommandText = value;
    }

    public override int CommandTimeout
    {
        get => Inner.CommandTimeout;
        set => Inner.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => Inner.CommandType;
        set => Inner.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => Inner.DesignTimeVisible;
        set => Inner.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => Inner.UpdatedRowSource;
        set => Inner.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => Inner.Connection;
        set => Inner.Connection = (SqliteConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => Inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => Inner.Transaction;
        set => Inner.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => Inner.Cancel();

    public override int ExecuteNonQuery() => Inner.ExecuteNonQuery();

    public override object? ExecuteScalar() => Inner.ExecuteScalar();

    public override void Prepare() => Inner.Prepare();

    protected override DbParameter CreateDbParameter() => Inner.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Inner.ExecuteReader(behavior);
}
