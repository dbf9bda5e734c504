using InspectionSuite.Entities;
using InspectionSuite.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>Conventions the model applies to every entity, not per configuration.</summary>
public sealed class ModelConventionTests
{
    [Fact]
    public void Should_never_generate_the_id_of_an_entity_whose_id_the_domain_makes()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var entities = db.Model.GetEntityTypes().Where(t => typeof(Entity<Guid>).IsAssignableFrom(t.ClrType)).ToList();

        entities.Count.ShouldBeGreaterThan(20);
        entities.Where(t => t.FindProperty(nameof(Entity<Guid>.Id))!.ValueGenerated != ValueGenerated.Never)
            .Select(t => t.ClrType.Name).ShouldBeEmpty();
    }
}
