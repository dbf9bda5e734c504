namespace InspectionSuite;

/// <summary>The caller lacks the permission or ownership the action needs. HTTP 403.</summary>
public sealed class ForbiddenException(string permissionOrReason)
    : BusinessException(InspectionSuiteErrorCodes.Forbidden, permissionOrReason);
