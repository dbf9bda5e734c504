namespace InspectionSuite.Web.Pages.Admin;

/// <summary>Workflow definition versions: draft/published, the diagram and validation result of one version, publish.</summary>
[Authorize(InspectionSuitePermissions.Workflows.Default)]
public sealed class WorkflowsModel(IWorkflowAdminAppService workflows, IPermissionChecker permissions, InspectionSuiteLocalizer l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }

    public IReadOnlyList<WorkflowDefinitionListItemDto> Definitions { get; private set; } = [];
    public WorkflowDefinitionDetailDto? Selected { get; private set; }
    public bool CanPublish { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanPublish = await permissions.IsGrantedAsync(InspectionSuitePermissions.Workflows.Publish, ct);
        Definitions = await workflows.GetListAsync(ct);
        var pick = Definitions.FirstOrDefault(d => d.DefinitionId == Id && d.Version == Version) ?? Definitions.FirstOrDefault();
        if (pick is not null) Selected = await workflows.GetAsync(pick.DefinitionId, pick.Version, ct);
    }

    [RequirePermission(InspectionSuitePermissions.Workflows.Publish)]
    public async Task<IActionResult> OnPostPublishAsync(string definitionId, int version, CancellationToken ct)
    {
        var published = await workflows.PublishAsync(definitionId, version, ct);
        TempData["Success"] = l["Ov.Workflows.Published", published.DefinitionId, published.Version];
        return RedirectToPage(new { id = definitionId, version });
    }
}
