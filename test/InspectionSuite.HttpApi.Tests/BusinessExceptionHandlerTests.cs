using InspectionSuite.Errors;
using Shouldly;
using Xunit;

namespace InspectionSuite.HttpApi.Tests;

public sealed class BusinessExceptionHandlerTests
{
    public static TheoryData<BusinessException, int> Cases => new()
    {
        { new ConcurrencyConflictException("Unit"), 409 },
        { new EntityNotFoundException("Unit", Guid.Empty), 404 },
        { new ForbiddenException("x"), 403 },
        { new InputValidationException("Name", "Validation.Required"), 400 },
        { new BusinessException(InspectionSuiteErrorCodes.UnitCodeDuplicate, "X"), 400 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_map_each_error_kind_to_its_status(BusinessException error, int status)
        => BusinessExceptionHandler.StatusCodeOf(error).ShouldBe(status);

    [Fact]
    public void Should_recognise_api_requests_by_path()
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Request.Path = "/api/units";
        BusinessExceptionHandler.IsApi(http).ShouldBeTrue();
        http.Request.Path = "/apiary";
        BusinessExceptionHandler.IsApi(http).ShouldBeFalse();
    }
}
