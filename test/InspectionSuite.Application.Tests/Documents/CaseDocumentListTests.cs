using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Application.Tests.Documents;

/// <summary>
/// The case page's list of documents and triggers (<see cref="ICaseAppService.GetWorkspaceAsync"/>) is made with less work
/// than each document needs (issue 19): the fields every kind shares made once, and no query for the unit's representative
/// (its fields are there with or without a name). Pinned here against the full path, for cases in five states and the
/// three personas: each listed document's missing fields are exactly the template's fields that
/// <see cref="CaseDocumentFields.Build(CaseDocumentData, DocumentKind)"/> leaves out from the documents' full data (the
/// representative read: the unit P01 has one), the list is the documents service's own, and the triggers with why they are
/// refused are the case service's own.
/// </summary>
public sealed class CaseDocumentListTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly string[] States = [CaseStates.Planned, CaseStates.OnSite, CaseStates.Concluding, CaseStates.FollowUp, CaseStates.Closed];

    [Fact]
    public async Task Should_list_on_the_case_page_what_each_documents_full_data_gives_for_every_state_and_persona()
    {
        var representative = await fixture.RunAsAsync("admin", async sp =>
        {
            var users = sp.GetRequiredService<IRepository<InspectionSuite.Identity.AppUser>>();
            var unitId = await fixture.UnitIdAsync("P01");
            return await users.FirstOrDefaultAsync(users.Query().Where(u => u.UnitId == unitId).OrderBy(u => u.UserName).Select(u => u.FullName));
        });
        representative.ShouldNotBeNullOrWhiteSpace(); // else the full data would not differ from the page's

        var listed = 0;
        foreach (var state in States)
        {
            var c = await fixture.CaseIn(state);
            foreach (var user in new[] { "supervisor", "inspector", "unitrep" })
            {
                var page = await Try(() => fixture.RunAsAsync(user, sp => sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(c.Id)));
                var documents = await Try(() => fixture.RunAsAsync(user, sp => sp.GetRequiredService<ICaseDocumentAppService>().GetAvailableAsync(c.Id)));
                var triggers = await Try(() => fixture.RunAsAsync(user, sp => sp.GetRequiredService<ICaseAppService>().GetTriggersAsync(c.Id)));
                if (page.Error is not null)
                {
                    // A case the persona does not see (the unit's before its announcement) is not found for every reader.
                    documents.Error.ShouldNotBeNull($"{state} {user}");
                    documents.Error.GetType().ShouldBe(page.Error.GetType());
                    triggers.Error.ShouldNotBeNull($"{state} {user}");
                    continue;
                }
                var workspace = page.Value!;
                Describe(workspace.Documents).ShouldBe(Describe(documents.Value!), $"{state} {user}");
                workspace.Triggers.ShouldBe(triggers.Value!, $"{state} {user}");

                var expected = await ExpectedMissingAsync(c.Id, workspace.Documents);
                foreach (var (document, missing) in workspace.Documents.Zip(expected))
                {
                    document.MissingFields.ShouldBe(missing, $"{state} {user} {document.Title}");
                    document.Available.ShouldBe(missing.Count == 0);
                }
                listed += workspace.Documents.Count;
            }
        }
        listed.ShouldBeGreaterThan(0);
    }

    private static List<string> Describe(IReadOnlyList<CaseDocumentAvailabilityDto> documents)
        => documents.Select(d => $"{d.Kind} {d.MinutesId} {d.Title} {d.Available} {string.Join(",", d.MissingFields)} {d.Issued?.Id}").ToList();

    /// <summary>Per listed document, the template's fields missing from the documents' full data (an issued one: none).</summary>
    private Task<List<IReadOnlyList<string>>> ExpectedMissingAsync(Guid caseId, IReadOnlyList<CaseDocumentAvailabilityDto> listed)
        => fixture.RunAsAsync("supervisor", async sp =>
        {
            var access = sp.GetRequiredService<CaseAccess>();
            var templates = sp.GetRequiredService<DocumentTemplateStore>();
            var @case = await access.GetAsync(caseId, P.Default, default);
            var data = await sp.GetRequiredService<CaseDocumentDataLoader>().LoadAsync(@case, await sp.GetRequiredService<ICaseRepository>().GetPartiesAsync(@case),
                sp.GetRequiredService<DocumentOptions>().For(@case.Authority), default);
            data.RepresentativeName.ShouldNotBeNullOrWhiteSpace();
            var result = new List<IReadOnlyList<string>>();
            foreach (var document in listed)
            {
                if (document.Issued is not null) { result.Add([]); continue; }
                var fields = CaseDocumentFields.Build(data with { MinutesId = document.MinutesId }, document.Kind);
                result.Add((await templates.LoadAsync(document.Kind)).Fields.Where(f => !fields.ContainsKey(f)).ToList());
            }
            return result;
        });

    private static async Task<(T? Value, Exception? Error)> Try<T>(Func<Task<T>> read)
    {
        try { return (await read(), null); }
        catch (Exception e) when (e is not ShouldAssertException) { return (default, e); }
    }
}
