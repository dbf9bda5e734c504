namespace InspectionSuite.Cases;

/// <param name="ItemStamp">The item's stamp as read: only a result recorded on this item since is a conflict. Without it the case's stamp is compared (any change to the case since is a conflict).</param>
public sealed record RecordChecklistResultDto(CheckResult Result, string? MeasuredValue, string? Note, string ConcurrencyStamp, string? ItemStamp = null);
