using System.Globalization;
using System.Text.RegularExpressions;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Localization;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>
/// Issue 20: an audit record's change summary ("ConclusionNumber: null → 2/KL") is shown in words on the audit page, in
/// the reader's language — never a C# property name, "null" or "(changed)".
/// </summary>
public sealed class AuditWordsTests
{
    private static readonly InspectionSuiteLocalizer L = new();

    public static TheoryData<string> Languages => new() { "vi", "en" };

    /// <summary>Every property the audit log can write, of every audited entity type of the model.</summary>
    private static IReadOnlyList<(string Entity, string Property)> AuditedProperties()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        return db.Model.GetEntityTypes()
            .Where(t => AuditedEntities.IsAudited(t.ClrType))
            // A value object's changes read as its owner's, under their column names (EntityChangeAuditor): an owned entity's
            // properties but its key, and every complex property's, nested ones included.
            .SelectMany(t => t.GetProperties().Where(p => !(t.IsOwned() && p.IsPrimaryKey()))
                .Select(p => t.IsOwned()
                    ? (t.FindOwnership()!.PrincipalEntityType.ClrType.Name, p.GetColumnName())
                    : (t.ClrType.Name, p.Name))
                .Concat(ComplexColumns(t).Select(c => ((t.FindOwnership()?.PrincipalEntityType ?? t).ClrType.Name, c))))
            .Where(p => !AuditedEntities.IsSkipped(p.Item2))
            .Distinct()
            .ToList();
    }

    private static IEnumerable<string> ComplexColumns(Microsoft.EntityFrameworkCore.Metadata.ITypeBase type)
        => type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => p.GetColumnName()).Concat(ComplexColumns(c.ComplexType)));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_have_a_name_in_words_for_every_audited_property(string lang)
    {
        var culture = CultureInfo.GetCultureInfo(lang);
        var properties = AuditedProperties();
        properties.Count.ShouldBeGreaterThan(50);
        var missing = properties.Where(p => L.Get("AuditField." + p.Property, culture) == "AuditField." + p.Property)
            .Select(p => $"{p.Entity}.{p.Property}").ToList();
        missing.ShouldBeEmpty($"add AuditField.<Property> to Localization/audit-fields.{lang}.json");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Should_show_a_change_summary_without_property_names_null_or_changed(string lang)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(lang);
        try
        {
            // Each audited entity's properties as EntityChangeAuditor writes them: added, changed, removed, masked.
            foreach (var entity in AuditedProperties().GroupBy(p => p.Entity))
            {
                var names = entity.Select(p => p.Property).ToList();
                var summary = string.Join("; ", names.Select((n, i) => (i % 4) switch
                {
                    0 => $"{n}: null → 12/05/2026",
                    1 => $"{n}: Văn bản cũ → null",
                    2 => $"{n}: (changed)",
                    _ => $"{n}: 3",
                }));
                var shown = InspectionSuite.Web.AuditWords.Summary(L, entity.Key + ".Updated", summary)!;
                // ("Code" in English is the word itself: only a name shown where its words differ is a leak.)
                foreach (var n in names.Where(n => L["AuditField." + n] != n))
                    Regex.IsMatch(shown, $@"(^|; ){n}: ").ShouldBeFalse($"{entity.Key}.{n} shown by its C# name: {shown}");
                shown.ShouldNotContain("null");
                shown.ShouldNotContain(lang == "vi" ? "(changed)" : "(đã thay đổi)");
                shown.ShouldContain(L["AuditField." + names[0]] + ": — → 12/05/2026");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Should_leave_summaries_of_requests_and_role_changes_as_their_own_words()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi");
        try
        {
            InspectionSuite.Web.AuditWords.Summary(L, "POST /api/cases", "Subject: x").ShouldBe("Subject: x");
            InspectionSuite.Web.AuditWords.Summary(L, "AppUser.RolesChanged", "Roles: Inspector → Leadership")
                .ShouldBe(L["AuditSummary.Roles", "Inspector → Leadership"]);
            InspectionSuite.Web.AuditWords.Summary(L, "InspectionCase.Updated", "ConclusionNumber: null → 2/KL; PasswordHash: (changed)")
                .ShouldBe("Số kết luận: — → 2/KL; Mật khẩu: (đã thay đổi)");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
