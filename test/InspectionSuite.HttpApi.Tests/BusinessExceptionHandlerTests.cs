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

    [Theory]
    [InlineData("AmountVnd", "amountVnd")]
    [InlineData("Input.AmountVnd", "amountVnd")]
    [InlineData("Items[0].Score", "items[0].score")]
    [InlineData("year", "year")]
    public void Should_name_validation_fields_as_clients_spell_them_in_json(string key, string field)
        => BusinessExceptionHandler.FieldName(key).ShouldBe(field);

    [Theory]
    [InlineData(401, InspectionSuiteErrorCodes.Unauthorized)]
    [InlineData(403, InspectionSuiteErrorCodes.PermissionDenied)]
    [InlineData(404, InspectionSuiteErrorCodes.RouteNotFound)]
    [InlineData(405, InspectionSuiteErrorCodes.MethodNotAllowed)]
    [InlineData(413, InspectionSuiteErrorCodes.PayloadTooLarge)]
    [InlineData(415, InspectionSuiteErrorCodes.UnsupportedMediaType)]
    [InlineData(429, InspectionSuiteErrorCodes.TooManyRequests)]
    [InlineData(418, InspectionSuiteErrorCodes.RequestFailed)]
    [InlineData(503, InspectionSuiteErrorCodes.Unexpected)]
    public void Should_name_a_bare_status_by_its_code(int status, string code)
        => ApiProblemDetailsWriter.CodeOf(status).ShouldBe(code);
}
