namespace InspectionSuite.Organization;

public sealed class UnitAppService(
    IPermissionChecker permissions,
    IRepository<Unit> units,
    IRepository<Authority> authorities,
    IRepository<UnitSuccession> successions,
    IUnitOfWork uow,
    IValidationPipeline validation,
    TimeProvider time) : IUnitAppService
{
    public async Task<PagedResultDto<UnitDto>> GetListAsync(GetUnitListInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Default, ct);
        if (input.IncludeDeleted) await permissions.CheckAsync(InspectionSuitePermissions.Administration.ViewDeleted, ct);
        var query = input.IncludeDeleted ? units.QueryIncludingDeleted() : units.Query();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(u => u.Code.Contains(f) || u.Name.Contains(f));
        }
        if (input.Kind is { } kind) query = query.Where(u => u.Kind == kind);
        if (input.ValidOn is { } on) query = query.Where(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on));
        var total = await units.CountAsync(query, ct);
        query = (input.Sorting ?? "code").ToLowerInvariant() switch
        {
            "name" => query.OrderBy(u => u.Name).ThenBy(u => u.Code),
            "name desc" => query.OrderByDescending(u => u.Name).ThenBy(u => u.Code),
            "kind" => query.OrderBy(u => u.Kind).ThenBy(u => u.Code),
            "code desc" => query.OrderByDescending(u => u.Code),
            _ => query.OrderBy(u => u.Code),
        };
        var page = await units.ToListAsync(query.Skip(input.Skip).Take(input.Take)
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.ValidFrom, u.ValidTo, u.IsDemo, u.ConcurrencyStamp, u.IsDeleted, Predecessors = u.Predecessors.Select(p => p.PredecessorId).ToList() }), ct);
        var predecessorIds = page.SelectMany(p => p.Predecessors).Distinct().ToList();
        var codes = predecessorIds.Count == 0
            ? new Dictionary<Guid, string>()
            : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => predecessorIds.Contains(u.Id)).Select(u => new { u.Id, u.Code }), ct))
                .ToDictionary(x => x.Id, x => x.Code);
        return new PagedResultDto<UnitDto>(page.Select(u => new UnitDto(u.Id, u.Code, u.Name, u.Kind, u.Kind.ToStratum(), u.ValidFrom, u.ValidTo, u.IsDemo,
            u.Predecessors.Select(id => codes.GetValueOrDefault(id, "?")).ToList(), u.ConcurrencyStamp, u.IsDeleted)).ToList(), total);
    }

    public async Task<UnitDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Default, ct);
        return await ToDtoAsync(await units.GetAsync(id, ct), ct);
    }

    public async Task<UnitDto> UpdateAsync(Guid id, UpdateUnitDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Manage, ct);
        await validation.ValidateAsync(input, ct);
        var unit = await units.GetAsync(id, ct);
        units.ExpectConcurrencyStamp(unit, input.ConcurrencyStamp);
        unit.Rename(input.Name);
        unit.ChangeKind(input.Kind);
        unit.SetValidity(input.ValidFrom, input.ValidTo);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(unit, ct);
    }

    public async Task<UnitDto> CreateAsync(CreateUnitDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Manage, ct);
        await validation.ValidateAsync(input, ct);
        var code = input.Code.Trim();
        // Codes stay unique across deleted rows too (a re-import revives them by code).
        var codes = await units.ToListAsync(units.QueryIncludingDeleted().Select(u => u.Code), ct);
        if (codes.Contains(code, StringComparer.OrdinalIgnoreCase))
            throw new BusinessException(InspectionSuiteErrorCodes.UnitCodeDuplicate, code);
        var unit = new Unit(Guid.NewGuid(), code, input.Name, input.Kind, input.ValidFrom, input.ValidTo);
        await units.InsertAsync(unit, ct);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(unit, ct);
    }

    public async Task<UnitDto> RetireAsync(Guid id, RetireUnitDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Manage, ct);
        await validation.ValidateAsync(input, ct);
        var unit = await units.GetAsync(id, ct);
        units.ExpectConcurrencyStamp(unit, input.ConcurrencyStamp);
        unit.Retire(input.LastDay ?? VietnamTime.Today(time));
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(unit, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Manage, ct);
        units.Delete(await units.GetAsync(id, ct));
        await uow.SaveChangesAsync(ct);
    }

    private static UnitImportResultDto Failed(IReadOnlyList<UnitImportLineError> errors)
    {
        var (shown, more) = Csv.CsvLimits.Cap(errors);
        return new UnitImportResultDto(false, 0, 0, 0, shown) { MoreErrors = more };
    }

    public async Task<UnitImportResultDto> ImportCsvAsync(string csvText, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Import, ct);
        var parsed = UnitCsvParser.Parse(csvText);
        if (!parsed.IsValid)
            return Failed(parsed.Errors.Select(e => new UnitImportLineError(e.Line, e.Reason)).ToList());

        // Soft-deleted rows keep their code (unique), so a re-import revives them instead of colliding.
        var existing = (await units.ToListAsync(units.QueryIncludingDeleted(), ct)).ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var fileCodes = parsed.Rows.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lineErrors = parsed.Rows
            .SelectMany(r => r.Predecessors
                .Where(p => !fileCodes.Contains(p) && !existing.ContainsKey(p))
                .Select(p => new UnitImportLineError(r.Line, $"predecessor '{p}' is neither in the file nor in the register")))
            .ToList();
        if (lineErrors.Count > 0) return Failed(lineErrors);

        int created = 0, updated = 0;
        var byCode = new Dictionary<string, Unit>(existing, StringComparer.OrdinalIgnoreCase);
        foreach (var row in parsed.Rows)
        {
            if (byCode.TryGetValue(row.Code, out var unit))
            {
                unit.AdoptFromImport(row.Name, row.Kind, row.ValidFrom, row.ValidTo);
                updated++;
            }
            else
            {
                unit = new Unit(Guid.NewGuid(), row.Code, row.Name, row.Kind, row.ValidFrom, row.ValidTo);
                await units.InsertAsync(unit, ct);
                byCode[row.Code] = unit;
                created++;
            }
        }
        foreach (var row in parsed.Rows.Where(r => r.Predecessors.Count > 0))
        {
            var successor = byCode[row.Code];
            var effective = row.ValidFrom ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
            foreach (var code in row.Predecessors) successor.AddPredecessor(byCode[code], effective);
        }
        // A real register replaces the demo register: demo rows the file does not mention go away.
        var demoRemoved = 0;
        foreach (var demo in existing.Values.Where(u => u.IsDemo && !u.IsDeleted && !fileCodes.Contains(u.Code)))
        {
            units.Delete(demo);
            demoRemoved++;
        }
        await uow.SaveChangesAsync(ct);
        return new UnitImportResultDto(true, created, updated, demoRemoved, []);
    }

    public async Task<IReadOnlyList<AuthorityDto>> GetAuthoritiesAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Default, ct);
        var en = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var list = await authorities.ToListAsync(authorities.Query().OrderBy(a => a.Code), ct);
        return list.Select(a => new AuthorityDto(a.Id, a.Code, en ? a.NameEn : a.NameVi)).ToList();
    }

    public async Task<UnitDto> MergeAsync(MergeUnitsDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Manage, ct);
        var predecessorIds = (input.PredecessorIds ?? []).Where(id => id != Guid.Empty && id != input.SuccessorId).Distinct().ToList();
        if (predecessorIds.Count == 0 || input.SuccessorId == Guid.Empty)
            throw new BusinessException(Oversight.OversightErrorCodes.SuccessionUnitsInvalid);
        var successor = await units.GetAsync(input.SuccessorId, ct);
        foreach (var predecessor in await LoadAllAsync(predecessorIds, ct))
            await LinkAsync(predecessor, successor, input.Effective, ct);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(successor, ct);
    }

    public async Task<IReadOnlyList<UnitDto>> SplitAsync(SplitUnitDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Units.Manage, ct);
        var successorIds = (input.SuccessorIds ?? []).Where(id => id != Guid.Empty && id != input.PredecessorId).Distinct().ToList();
        if (successorIds.Count < 2 || input.PredecessorId == Guid.Empty)
            throw new BusinessException(Oversight.OversightErrorCodes.SuccessionUnitsInvalid);
        var predecessor = await units.GetAsync(input.PredecessorId, ct);
        var successors = await LoadAllAsync(successorIds, ct);
        foreach (var successor in successors) await LinkAsync(predecessor, successor, input.Effective, ct);
        await uow.SaveChangesAsync(ct);
        var result = new List<UnitDto>();
        foreach (var successor in successors) result.Add(await ToDtoAsync(successor, ct));
        return result;
    }

    private async Task<List<Unit>> LoadAllAsync(List<Guid> ids, CancellationToken ct)
    {
        var list = await units.ToListAsync(units.Query().Where(u => ids.Contains(u.Id)), ct);
        if (list.Count != ids.Count) throw new EntityNotFoundException(nameof(Unit), string.Join(",", ids.Except(list.Select(u => u.Id))));
        return list;
    }

    // The successor's predecessor links are not loaded with it; an existing link is left as it is.
    private async Task LinkAsync(Unit predecessor, Unit successor, DateOnly effective, CancellationToken ct)
    {
        if (await successions.AnyAsync(successions.Query().Where(s => s.PredecessorId == predecessor.Id && s.SuccessorId == successor.Id), ct)) return;
        successor.AddPredecessor(predecessor, effective);
    }

    private async Task<UnitDto> ToDtoAsync(Unit u, CancellationToken ct)
    {
        var ids = u.Predecessors.Select(p => p.PredecessorId)
            .Union(await successions.ToListAsync(successions.Query().Where(s => s.SuccessorId == u.Id).Select(s => s.PredecessorId), ct)).ToList();
        var codes = ids.Count == 0 ? [] : await units.ToListAsync(units.QueryIncludingDeleted().Where(x => ids.Contains(x.Id)).Select(x => x.Code), ct);
        return new UnitDto(u.Id, u.Code, u.Name, u.Kind, u.Stratum, u.ValidFrom, u.ValidTo, u.IsDemo, codes, u.ConcurrencyStamp);
    }
}
