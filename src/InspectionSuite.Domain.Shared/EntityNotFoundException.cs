namespace InspectionSuite;

/// <summary>The entity does not exist or the caller may not see it. HTTP 404.</summary>
public sealed class EntityNotFoundException(string entity, object id)
    : BusinessException(InspectionSuiteErrorCodes.EntityNotFound, entity, id);
