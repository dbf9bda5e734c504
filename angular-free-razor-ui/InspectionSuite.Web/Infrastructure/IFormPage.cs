namespace InspectionSuite.Web;

/// <summary>
/// A page whose forms come back with what was typed when a post fails (<see cref="FormErrorsAttribute"/>): the page
/// loads what it shows now, the failed form keeps its posted values and is opened and focused.
/// </summary>
public interface IFormPage
{
    /// <summary>
    /// Loads the page again after <paramref name="form"/> failed to post; <paramref name="conflict"/> says why it lost a
    /// race to someone else's save (null for a validation failure: its messages are in the model state).
    /// </summary>
    Task RedisplayAsync(string form, string? conflict, CancellationToken ct);
}
