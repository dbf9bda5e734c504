using InspectionSuite.Authorization;
using InspectionSuite.Errors;
using InspectionSuite.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite;

public static class HttpApiRegistration
{
    /// <summary>Permission policies, the current user from HTTP claims, error mapping and OpenAPI.</summary>
    public static IServiceCollection AddInspectionSuiteHttpApi(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        // Before AddProblemDetails: the first writer that accepts a request writes, and /api problems are ours.
        services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<BusinessExceptionHandler>();
        services.AddOpenApi(o => o.AddInspectionSuiteTransformers());
        // Enums travel as their names ("Commune"), and names are accepted on input.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services;
    }
}
