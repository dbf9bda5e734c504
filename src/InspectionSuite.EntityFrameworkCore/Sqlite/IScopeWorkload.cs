namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Whether a scope runs a command (a request that changes data) or only reads. On SQLite the two take their connections
/// from separate pools (<see cref="SqliteConnectionPools"/>); outside a web request a scope counts as reading.
/// </summary>
public interface IScopeWorkload
{
    bool ChangesData { get; }
}
