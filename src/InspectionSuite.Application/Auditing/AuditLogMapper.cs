using Riok.Mapperly.Abstractions;

namespace InspectionSuite.Auditing;

[Mapper]
public static partial class AuditLogMapper
{
    public static partial IQueryable<AuditLogDto> ProjectToDto(this IQueryable<AuditLogRecord> query);

    [MapperIgnoreSource(nameof(AuditLogRecord.PreviousHash))]
    [MapperIgnoreSource(nameof(AuditLogRecord.Hash))]
    [MapperIgnoreSource(nameof(AuditLogRecord.UserId))]
    private static partial AuditLogDto ToDto(AuditLogRecord record);
}
