using InspectionSuite.Authorization;
using InspectionSuite.Identity;
using InspectionSuite.OpenApi;
using Microsoft.AspNetCore.Authorization;

namespace InspectionSuite;

public static class HttpApiRegistration
{
    /// <summary>Permission policies, the current user from HTTP claims, session checks, error mapping and OpenAPI.</summary>
    public static IServiceCollection AddInspectionSuiteHttpApi(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        // Sessions end when the user's security stamp changes; sign-in answers alike for every failure.
        services.AddMemoryCache();
        services.AddSingleton<SecurityStampCache>();
        services.AddScoped<SecurityStampCheck>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<TokenAttemptLimiter>();
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
