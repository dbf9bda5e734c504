using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Validation;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Validation;

/// <summary>The one validation pipeline: the registered validator of the input's type, whatever the service.</summary>
public sealed class ValidationPipelineTests
{
    private static readonly IValidationPipeline Pipeline =
        new ServiceCollection().AddInspectionSuiteApplication().BuildServiceProvider().GetRequiredService<IValidationPipeline>();

    [Fact]
    public async Task Should_pass_a_valid_input()
        => await Pipeline.ValidateAsync(new CreateAnnualPlanDto(AuthorityCode.ThanhTra, 2026));

    [Fact]
    public async Task Should_refuse_an_invalid_input_with_its_field_errors()
    {
        var error = await Should.ThrowAsync<InputValidationException>(() => Pipeline.ValidateAsync(new CreateAnnualPlanDto(AuthorityCode.ThanhTra, 2026, Rate: 0m)));

        error.Errors.Keys.ShouldBe(["Rate"]);
    }

    [Fact]
    public async Task Should_refuse_an_input_type_without_a_validator_instead_of_passing_it()
        => await Should.ThrowAsync<InvalidOperationException>(() => Pipeline.ValidateAsync(new object()));

    [Fact]
    public void Should_be_the_only_way_services_validate_their_input()
    {
        // One pipeline instead of validators injected one by one (issue 19 item 5): a constructor asking for an
        // IValidator<T> is a service bypassing it.
        var injectingValidators = typeof(IValidationPipeline).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.Namespace?.StartsWith("InspectionSuite.Validation", StringComparison.Ordinal) != true)
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p =>
                p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)))
            .Select(t => t.Name)
            .ToList();

        injectingValidators.ShouldBeEmpty();
    }
}
