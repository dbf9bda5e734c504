using InspectionSuite.Workflows.Diagrams;

namespace InspectionSuite.Workflows.Services;

/// <summary>
/// Stores definition versions (draft → published). Published versions are immutable and cached; instances pin
/// the version they started on, so publishing v2 leaves running v1 instances on v1.
/// </summary>
public sealed class WorkflowDefinitionService(
    WorkflowDbContextAccessor accessor,
    WorkflowDefinitionCache cache,
    WorkflowComponentRegistry components,
    WorkflowRuntimeOptions options,
    TimeProvider time)
{
    private DbContext Db => accessor.Context;

    /// <summary>Validates and stores a draft (replacing an earlier draft of the same version). Throws <see cref="WorkflowDefinitionInvalidException"/>.</summary>
    public async Task<WorkflowDefinitionInfo> SaveDraftAsync(string json, string source = "draft.json", CancellationToken ct = default)
    {
        var def = Validate(source, json);
        var record = await Db.Set<WorkflowDefinitionRecord>().FirstOrDefaultAsync(r => r.DefinitionId == def.DefinitionId && r.Version == def.Version, ct);
        if (record is { Status: DefinitionStatus.Published })
            throw new BusinessException(WorkflowErrorCodes.PublishedVersionImmutable, def.DefinitionId, def.Version);
        if (record is null)
        {
            record = new WorkflowDefinitionRecord { Id = Guid.NewGuid(), DefinitionId = def.DefinitionId, Version = def.Version, CreatedAtUtc = time.GetUtcNow().UtcDateTime };
            Db.Add(record);
        }
        Fill(record, def, DefinitionStatus.Draft);
        await Db.SaveChangesAsync(ct);
        return ToInfo(record);
    }

    /// <summary>Publishes a draft version. New instances start on the latest published version.</summary>
    public async Task<WorkflowDefinitionInfo> PublishAsync(string definitionId, int version, CancellationToken ct = default)
    {
        var record = await Db.Set<WorkflowDefinitionRecord>().FirstOrDefaultAsync(r => r.DefinitionId == definitionId && r.Version == version, ct)
                     ?? throw new EntityNotFoundException("WorkflowDefinition", $"{definitionId} v{version}");
        if (record.Status == DefinitionStatus.Published) return ToInfo(record);
        var def = Validate($"{definitionId}.v{version}", record.Json);
        record.Status = DefinitionStatus.Published;
        record.PublishedAtUtc = time.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(ct);
        cache.Set(def);
        return ToInfo(record);
    }

    /// <summary>
    /// Imports every definition of a directory as published. Any invalid file stops the import with all errors
    /// (the app refuses to start); a changed file for an already published version is refused too.
    /// </summary>
    public async Task<int> ImportDirectoryAsync(string? directory = null, CancellationToken ct = default)
    {
        var dir = directory ?? options.DefinitionsDirectory;
        if (!Directory.Exists(dir)) return 0;
        var results = WorkflowDefinitionLoader.LoadDirectory(dir, components);
        var errors = results.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0) throw new WorkflowDefinitionInvalidException(errors);
        var imported = 0;
        foreach (var def in results.Select(r => r.Definition!))
        {
            var record = await Db.Set<WorkflowDefinitionRecord>().FirstOrDefaultAsync(r => r.DefinitionId == def.DefinitionId && r.Version == def.Version, ct);
            if (record is { Status: DefinitionStatus.Published })
            {
                if (record.Json != def.Json) throw new BusinessException(WorkflowErrorCodes.PublishedVersionImmutable, def.DefinitionId, def.Version);
                continue;
            }
            if (record is null)
            {
                record = new WorkflowDefinitionRecord { Id = Guid.NewGuid(), DefinitionId = def.DefinitionId, Version = def.Version, CreatedAtUtc = time.GetUtcNow().UtcDateTime };
                Db.Add(record);
            }
            Fill(record, def, DefinitionStatus.Published);
            record.PublishedAtUtc = time.GetUtcNow().UtcDateTime;
            imported++;
        }
        await Db.SaveChangesAsync(ct);
        return imported;
    }

    public async Task<IReadOnlyList<WorkflowDefinitionInfo>> ListAsync(CancellationToken ct = default)
        => await Db.Set<WorkflowDefinitionRecord>().AsNoTracking().OrderBy(r => r.DefinitionId).ThenBy(r => r.Version)
            .Select(r => new WorkflowDefinitionInfo(r.DefinitionId, r.Version, r.Status, r.NameVi, r.NameEn, r.CreatedAtUtc, r.PublishedAtUtc))
            .ToListAsync(ct);

    public async Task<CompiledDefinition> GetLatestPublishedAsync(string definitionId, CancellationToken ct = default)
    {
        var version = await Db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.DefinitionId == definitionId && r.Status == DefinitionStatus.Published)
            .OrderByDescending(r => r.Version).Select(r => (int?)r.Version).FirstOrDefaultAsync(ct)
            ?? throw new BusinessException(WorkflowErrorCodes.DefinitionNotPublished, definitionId);
        return await GetPublishedAsync(definitionId, version, ct);
    }

    public async Task<CompiledDefinition> GetPublishedAsync(string definitionId, int version, CancellationToken ct = default)
    {
        if (cache.TryGet(definitionId, version, out var cached)) return cached;
        var record = await Db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.DefinitionId == definitionId && r.Version == version, ct)
            ?? throw new BusinessException(WorkflowErrorCodes.DefinitionNotFound, definitionId, version);
        if (record.Status != DefinitionStatus.Published) throw new BusinessException(WorkflowErrorCodes.DefinitionNotPublished, definitionId, version);
        var def = Validate($"{definitionId}.v{version}", record.Json);
        cache.Set(def);
        return def;
    }

    /// <summary>Mermaid <c>stateDiagram-v2</c> of a published version.</summary>
    public async Task<string> GetDiagramAsync(string definitionId, int version, string? highlightState = null, string culture = "vi", CancellationToken ct = default)
        => MermaidDiagram.Render(await GetPublishedAsync(definitionId, version, ct), highlightState, culture);

    private CompiledDefinition Validate(string source, string json)
    {
        var result = new WorkflowDefinitionValidator(components).Validate(source, json);
        return result.IsValid ? result.Definition! : throw new WorkflowDefinitionInvalidException(result.Errors);
    }

    private static void Fill(WorkflowDefinitionRecord record, CompiledDefinition def, DefinitionStatus status)
    {
        record.Status = status;
        record.NameVi = WorkflowText.Truncate(def.Model.Name.Vi, 512);
        record.NameEn = WorkflowText.Truncate(def.Model.Name.En, 512);
        record.Json = def.Json;
    }

    private static WorkflowDefinitionInfo ToInfo(WorkflowDefinitionRecord r) => new(r.DefinitionId, r.Version, r.Status, r.NameVi, r.NameEn, r.CreatedAtUtc, r.PublishedAtUtc);
}
