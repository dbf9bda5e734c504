using Microsoft.AspNetCore.Authorization;

namespace InspectionSuite.Authorization;

/// <summary>A policy named after a permission requires that permission.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
